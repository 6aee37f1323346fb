// Building the page from data. Text from quotes, documents and speakers only ever goes
// into textContent, never parsed as HTML, so markup in a source cannot become page markup.

export function element(tag, { className, text, attributes } = {}, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// Only absolute http(s) addresses become links; javascript:, data: and relative ones stay text.
export function safeHttpUrl(address) {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function linkOrText(address, label) {
  const href = safeHttpUrl(address);
  if (!href) return element("span", { text: label });
  return element("a", {
    text: label,
    attributes: { href, rel: "noopener noreferrer", target: "_blank" },
  });
}

export function announce(message) {
  document.getElementById("status").textContent = message;
}
