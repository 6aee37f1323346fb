// Verdicts as editors read them: a text label always, a colour only as a second cue.

import { element } from "./dom.js";

export const VERDICT_LABELS = {
  verified: "Verified",
  minor_deviation: "Minor deviation",
  altered: "Altered",
  misattributed: "Misattributed",
  unquoted: "Unquoted",
  not_found: "Not found",
};

export function verdictLabel(verdict) {
  return VERDICT_LABELS[verdict] || verdict;
}

// The class that gives a verdict its colours; an unexpected verdict gets neutral ones.
export function verdictClass(verdict) {
  return Object.hasOwn(VERDICT_LABELS, verdict) ? `verdict-${verdict}` : "verdict-unknown";
}

export function verdictChip(verdict, { reviewed = false } = {}) {
  const label = reviewed ? `${verdictLabel(verdict)} (reviewed)` : verdictLabel(verdict);
  return element("span", { className: `chip ${verdictClass(verdict)}`, text: label });
}
