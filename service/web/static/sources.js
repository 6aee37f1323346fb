// The sources page: corpus counts, documents and speakers page by page, adding a document.

import { callApi, showProblem } from "./api.js";
import { announce, element, linkOrText } from "./dom.js";

const FORM_FIELDS = ["text", "title", "url", "publisher", "kind"];

// A list filled page by page from ``path``; ``render(item)`` makes one list item.
// ``load(true, filters)`` starts again from the first page with new query parameters.
function pagedList(path, listId, moreId, render) {
  const list = document.getElementById(listId);
  const more = document.getElementById(moreId);
  let cursor = null;
  let query = {};
  async function load(reset = false, filters = query) {
    if (reset) {
      cursor = null;
      query = filters;
      list.replaceChildren();
    }
    const parameters = new URLSearchParams({ ...query, ...(cursor ? { cursor } : {}) });
    const { body } = await callApi("GET", `${path}?${parameters}`);
    list.append(...body.items.map(render));
    if (!list.children.length) list.append(element("li", { text: "None found." }));
    cursor = body.next_cursor;
    more.hidden = !cursor;
  }
  more.addEventListener("click", () => load().catch(showProblem));
  return load;
}

function documentItem(document_) {
  const title = document_.title || `Document ${document_.id} (untitled)`;
  const details = [document_.publisher, document_.kind, (document_.published_at || "").slice(0, 10)]
    .filter(Boolean).join(" · ");
  return element("li", {}, [
    linkOrText(document_.url, title),
    element("span", { className: "hint", text: ` ${details}` }),
  ]);
}

function speakerItem(speaker) {
  const others = speaker.aliases.filter((alias) => alias !== speaker.name);
  const aliases = others.length ? ` · also ${others.join(", ")}` : "";
  return element("li", {}, [
    element("span", { className: "speaker-name", text: speaker.name }),
    element("span", { className: "hint", text: ` ${speaker.kind} · ${count(speaker.quote_count, "quote")}${aliases}` }),
  ]);
}

const loadDocuments = pagedList("/v1/documents", "documents", "documents-more", documentItem);
const loadSpeakers = pagedList("/v1/speakers", "speakers", "speakers-more", speakerItem);

function count(number, noun) {
  return `${number} ${noun}${number === 1 ? "" : "s"}`;
}

async function loadStats() {
  const { body } = await callApi("GET", "/v1/stats");
  document.getElementById("stats").textContent =
    [count(body.documents, "document"), count(body.quotes, "quote"), count(body.speakers, "speaker")]
      .join(", ") + ".";
}

function refresh() {
  return Promise.all([loadStats(), loadDocuments(true), loadSpeakers(true)]);
}

function documentFields(form) {
  const fields = {};
  for (const name of FORM_FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) fields[name] = value;
  }
  return fields;
}

function showFieldErrors(form, errors) {
  for (const name of FORM_FIELDS) {
    const messages = errors[name];
    document.getElementById(`document-${name}-error`).textContent =
      messages ? [].concat(messages).join(" ") : "";
    form.elements[name].setAttribute("aria-invalid", String(Boolean(messages)));
  }
}

const search = document.getElementById("speaker-search");
search.addEventListener("submit", (event) => {
  event.preventDefault();
  const words = search.elements.q.value.trim();
  loadSpeakers(true, words ? { q: words } : {}).catch(showProblem);
});

const form = document.getElementById("document-form");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  showProblem(null);
  try {
    const { status, body } = await callApi("POST", "/v1/documents", documentFields(form));
    showFieldErrors(form, {});
    form.reset();
    const title = body.title || `Document ${body.id}`;
    const outcome = status === 201 ? `Added “${title}” with ${count(body.quotes.length, "quote")}.`
      : `“${title}” was already stored.`;
    await refresh();
    announce(outcome);
  } catch (error) {
    showFieldErrors(form, error.errors || {});
    showProblem(error);
  }
});

refresh().catch(showProblem);
