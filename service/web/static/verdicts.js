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

export function verdictChip(verdict, { reviewed = false } = {}) {
  const label = reviewed ? `${verdictLabel(verdict)} (reviewed)` : verdictLabel(verdict);
  const known = Object.hasOwn(VERDICT_LABELS, verdict) ? verdict : "unknown";
  return element("span", { className: `chip verdict-${known}`, text: label });
}
