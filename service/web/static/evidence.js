// The evidence for one quote: the source passage with the matched and the differing words
// marked, who the source says spoke, the document, flags and alternatives.

import { element, linkOrText } from "./dom.js";
import { codePoints, markedRuns } from "./offsets.js";
import { verdictChip } from "./verdicts.js";

export function renderEvidence(body, quote) {
  const result = quote.result;
  body.replaceChildren(
    element("p", { className: "verdict-line" }, [
      verdictChip(result.verdict),
      ` match score ${Math.round(result.score)} of 100`,
      result.needs_review ? " · needs review" : "",
    ]),
    element("h3", { text: "Claimed in the draft" }),
    markedPassage(quote.text, claimedSpans(result)),
    speakers(quote, result),
    ...sourceSection(result),
    ...listSection("Differences", result.changes.map(describeChange)),
    ...listSection("Flags", result.flags.map((flag) => flag.replaceAll("_", " "))),
    ...alternativesSection(result.alternatives),
  );
}

function claimedSpans(result) {
  return result.changes.map((change) => ({ ...change.claimed_span, kind: "changed" }));
}

function sourceSpans(match, changes) {
  const offset = match.context_start;
  const spans = [{ start: match.start - offset, end: match.end - offset, kind: "matched" }];
  for (const change of changes) {
    const span = change.source_span;
    spans.push({ start: span.start - offset, end: span.end - offset, kind: "changed" });
  }
  return spans;
}

// A blockquote of ``text`` whose spans (code-point offsets) are wrapped in <mark>.
function markedPassage(text, spans) {
  const runs = markedRuns(codePoints(text), spans);
  return element("blockquote", { className: "passage" }, runs.map(({ text: run, kind }) =>
    kind ? element("mark", { className: kind, text: run }) : run));
}

function speakers(quote, result) {
  const sourceSpeaker = result.match && result.match.speaker;
  const match = { true: "same person", false: "a different person", null: "not compared" };
  return element("dl", { className: "facts" }, [
    element("dt", { text: "Claimed speaker" }),
    element("dd", { text: result.claimed_speaker || quote.claimed_speaker || "none named" }),
    element("dt", { text: "Speaker in the source" }),
    element("dd", {
      text: sourceSpeaker ? `${sourceSpeaker.name} (${sourceSpeaker.kind})` : "not known",
    }),
    element("dt", { text: "Speakers match" }),
    element("dd", { text: match[String(result.speaker_match)] || "not compared" }),
  ]);
}

function sourceSection(result) {
  const match = result.match;
  if (!match) return [element("p", { text: "No source passage was found for this quote." })];
  return [
    element("h3", { text: "Source" }),
    documentLine(match.document),
    markedPassage(match.context, sourceSpans(match, result.changes)),
    element("p", { className: "hint", text: "Marked: the matched words; strongly marked: words that differ." }),
  ];
}

function documentLine(documentRef) {
  const title = documentRef.title || `Document ${documentRef.id}`;
  const details = [documentRef.publisher, documentRef.kind, dateOnly(documentRef.published_at)]
    .filter(Boolean);
  return element("p", { className: "document" }, [
    linkOrText(documentRef.url, title),
    details.length ? ` · ${details.join(" · ")}` : "",
  ]);
}

function dateOnly(timestamp) {
  return timestamp ? String(timestamp).slice(0, 10) : "";
}

function describeChange(change) {
  if (change.type === "order") {
    return `order: the draft moves “${change.claimed}”; the source has it elsewhere`;
  }
  const claimed = change.claimed ? `“${change.claimed}”` : "nothing";
  const source = change.source ? `“${change.source}”` : "nothing";
  return `${change.type}: draft has ${claimed}, source has ${source}`;
}

function listSection(heading, items) {
  if (!items.length) return [];
  return [
    element("h3", { text: heading }),
    element("ul", {}, items.map((item) => element("li", { text: item }))),
  ];
}

function alternativesSection(alternatives) {
  if (!alternatives.length) return [];
  return [
    element("h3", { text: "Other possible sources" }),
    element("ul", { className: "alternatives" }, alternatives.map((alternative) =>
      element("li", {}, [
        documentLine(alternative.document),
        element("blockquote", { className: "passage", text: alternative.text }),
        alternative.speaker ? element("p", { text: `Speaker: ${alternative.speaker.name}` }) : null,
      ]))),
  ];
}
