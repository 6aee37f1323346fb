// The editor page: check a draft, open a quote's evidence, review it.

import { callApi, showProblem } from "./api.js";
import { announce } from "./dom.js";
import { describeSummary, markSelected, renderDraft, renderSummary, showReviewedVerdict } from "./draft.js";
import { renderEvidence } from "./evidence.js";
import { prepareReview } from "./review.js";

const page = {
  form: document.getElementById("draft-form"),
  checked: document.getElementById("checked"),
  summary: document.getElementById("summary"),
  draftView: document.getElementById("draft-view"),
  evidence: document.getElementById("evidence"),
  evidenceBody: document.getElementById("evidence-body"),
  reviewForm: document.getElementById("review-form"),
};
let quotes = [];

page.form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const submit = page.form.querySelector("button[type=submit]");
  submit.disabled = true;
  showProblem(null);
  announce("Checking the quotes…");
  try {
    const { body } = await callApi("POST", "/v1/check", draftRequest(page.form));
    showChecked(body);
  } catch (error) {
    showProblem(error);
  } finally {
    submit.disabled = false;
  }
});

function draftRequest(form) {
  return { text: form.elements.text.value, format: form.elements.is_html.checked ? "html" : "text" };
}

function showChecked(checked) {
  quotes = checked.quotes;
  page.evidence.hidden = true;
  renderSummary(page.summary, checked.summary);
  renderDraft(page.draftView, checked, openEvidence);
  page.checked.hidden = false;
  announce(describeSummary(quotes, checked.summary));
}

function openEvidence(index) {
  const quote = quotes[index];
  markSelected(page.draftView, index);
  renderEvidence(page.evidenceBody, quote);
  prepareReview(page.reviewForm, quote, (record) =>
    showReviewedVerdict(page.draftView, index, record.final_verdict));
  page.evidence.hidden = false;
  page.evidence.focus();
}
