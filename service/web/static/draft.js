// The checked draft, with each quote in place as a focusable button carrying its verdict chip.

import { element } from "./dom.js";
import { codePoints, slicePoints } from "./offsets.js";
import { verdictChip, verdictClass, verdictLabel } from "./verdicts.js";

// Fills ``container`` with the draft's text; ``onSelect(index)`` runs when a quote is chosen.
export function renderDraft(container, checked, onSelect) {
  const points = codePoints(checked.text);
  let at = 0;
  const parts = [];
  checked.quotes.forEach((quote, index) => {
    const start = Math.max(quote.start, at);
    parts.push(slicePoints(points, at, start));
    parts.push(quoteButton(slicePoints(points, start, quote.end), quote, index, onSelect));
    at = Math.max(quote.end, at);
  });
  parts.push(slicePoints(points, at, points.length));
  container.replaceChildren(...parts);
}

// A span with role=button rather than a <button>: a button is an inline block, so a long
// quote would leave its line and break the flow of the paragraph it sits in.
function quoteButton(text, quote, index, onSelect) {
  const button = element("span", {
    className: `quote ${verdictClass(quote.result.verdict)}`,
    attributes: {
      role: "button",
      tabindex: "0",
      "aria-controls": "evidence",
      "aria-expanded": "false",
      "data-index": String(index),
    },
  }, [element("span", { className: "quote-text", text }), " ", verdictChip(quote.result.verdict)]);
  button.addEventListener("click", () => onSelect(index));
  button.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onSelect(index);
  });
  return button;
}

export function markSelected(container, index) {
  for (const button of container.querySelectorAll(".quote")) {
    button.setAttribute("aria-expanded", String(button.dataset.index === String(index)));
  }
}

// Shows the reviewed verdict on the quote's chip once an editor has reviewed it.
export function showReviewedVerdict(container, index, verdict) {
  const button = container.querySelector(`.quote[data-index="${index}"]`);
  button.querySelector(".chip").replaceWith(verdictChip(verdict, { reviewed: true }));
  button.className = `quote ${verdictClass(verdict)}`;
}

export function renderSummary(list, summary) {
  const entries = Object.entries(summary).filter(([, count]) => count > 0);
  list.replaceChildren(...entries.map(([verdict, count]) =>
    element("li", {}, [verdictChip(verdict), ` ${count}`])));
}

export function describeSummary(quotes, summary) {
  if (!quotes.length) return "No quotations were found in the draft.";
  const parts = Object.entries(summary)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdictLabel(verdict).toLowerCase()}`);
  const noun = quotes.length === 1 ? "quotation" : "quotations";
  return `Checked ${quotes.length} ${noun}: ${parts.join(", ")}.`;
}
