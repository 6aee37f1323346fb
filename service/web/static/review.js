// The review form: an editor confirms or overrides the machine verdict of one quote.

import { callApi, showProblem } from "./api.js";
import { announce, element } from "./dom.js";
import { VERDICT_LABELS, verdictChip } from "./verdicts.js";

// Prepares the form for ``quote``; ``onReviewed(record)`` runs after a review is saved.
export function prepareReview(form, quote, onReviewed) {
  const select = form.elements.verdict;
  select.replaceChildren(...Object.entries(VERDICT_LABELS).map(([verdict, label]) =>
    element("option", { text: label, attributes: { value: verdict } })));
  select.value = quote.review ? quote.review.verdict : quote.result.verdict;
  form.elements.note.value = quote.review ? quote.review.note || "" : "";
  showRecord(form, quote.review);
  form.onsubmit = (event) => {
    event.preventDefault();
    submitReview(form, quote, onReviewed);
  };
}

async function submitReview(form, quote, onReviewed) {
  const review = { verdict: form.elements.verdict.value, note: form.elements.note.value || null };
  showProblem(null);
  try {
    const { body: record } = await callApi(
      "POST", `/v1/verifications/${quote.verification_id}/review`, review);
    quote.review = { ...record.review, verdict: record.final_verdict };
    showRecord(form, quote.review);
    announce(`Review saved: ${VERDICT_LABELS[record.final_verdict] || record.final_verdict}.`);
    onReviewed(record);
  } catch (error) {
    showProblem(error);
  }
}

function showRecord(form, review) {
  const result = form.querySelector(".review-result");
  if (!review) {
    result.replaceChildren();
    return;
  }
  const when = review.reviewed_at ? ` on ${String(review.reviewed_at).slice(0, 16).replace("T", " ")}` : "";
  result.replaceChildren(
    "Reviewed: ", verdictChip(review.verdict, { reviewed: true }),
    ` by ${review.reviewer}${when}`,
    review.note ? element("span", { className: "review-note", text: ` · “${review.note}”` }) : "",
  );
}
