// The API counts offsets in Unicode code points; JavaScript strings index UTF-16 code units,
// so an emoji before a quote would shift every quote by one. Work on code-point arrays.

export function codePoints(text) {
  return Array.from(text);
}

export function slicePoints(points, start, end) {
  return points.slice(start, end).join("");
}

// Splits ``points`` into runs, marking [start, end) spans with their kinds. Later spans win
// where spans overlap. Returns [{text, kind}] where kind is null outside every span.
export function markedRuns(points, spans) {
  const kinds = new Array(points.length).fill(null);
  for (const { start, end, kind } of spans) {
    for (let at = Math.max(0, start); at < Math.min(end, points.length); at += 1) kinds[at] = kind;
  }
  const runs = [];
  points.forEach((point, at) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === kinds[at]) last.text += point;
    else runs.push({ text: point, kind: kinds[at] });
  });
  return runs;
}
