// Calling the /v1 API: JSON in and out, problem+json errors, and the editor's API key.
// A 401 or 403 answer asks the editor for a key (kept in sessionStorage, so only for this
// tab's session) and sends the same request again with it.

import { announce, clear, element } from "./dom.js";

const KEY_STORAGE = "quotecheck.apiKey";

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The service answered ${status}.`);
    this.status = status;
    this.errors = problem.errors || {};
  }
}

export async function callApi(method, path, body) {
  for (;;) {
    const response = await fetch(path, requestOptions(method, body));
    const answer = await readBody(response);
    if (response.ok) return { status: response.status, body: answer };
    const problem = new ProblemError(response.status, answer || {});
    if (response.status !== 401 && response.status !== 403) throw problem;
    sessionStorage.removeItem(KEY_STORAGE);
    sessionStorage.setItem(KEY_STORAGE, await askForKey(problem.message));
  }
}

function requestOptions(method, body) {
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem(KEY_STORAGE);
  if (key) headers["X-API-Key"] = key;
  if (body === undefined) return { method, headers };
  headers["Content-Type"] = "application/json";
  return { method, headers, body: JSON.stringify(body) };
}

async function readBody(response) {
  const type = response.headers.get("Content-Type") || "";
  return type.includes("json") ? response.json() : null;
}

let pendingKey = null;

// Resolves with the key the editor enters; rejects when they cancel. Requests refused at the
// same time share one prompt.
function askForKey(reason) {
  pendingKey ||= promptForKey(reason).finally(() => {
    pendingKey = null;
  });
  return pendingKey;
}

function promptForKey(reason) {
  const form = document.getElementById("key-form");
  const input = document.getElementById("key-input");
  document.getElementById("key-reason").textContent = `${reason} Enter an API key to go on.`;
  form.hidden = false;
  input.value = "";
  input.focus();
  return new Promise((resolve, reject) => {
    const finish = () => {
      form.hidden = true;
      form.removeEventListener("submit", onSubmit);
      cancel.removeEventListener("click", onCancel);
    };
    const onSubmit = (event) => {
      event.preventDefault();
      finish();
      resolve(input.value.trim());
    };
    const onCancel = () => {
      finish();
      reject(new ProblemError(401, { detail: "No API key was given." }));
    };
    const cancel = document.getElementById("key-cancel");
    form.addEventListener("submit", onSubmit);
    cancel.addEventListener("click", onCancel);
  });
}

// Shows an error's detail and its field messages (the box is an alert, read out at once);
// hides the box when given nothing.
export function showProblem(error) {
  const box = clear(document.getElementById("problem"));
  box.hidden = !error;
  if (!error) return;
  box.append(element("p", { text: error.message }));
  const fields = Object.entries(error.errors || {});
  if (fields.length) {
    box.append(
      element("ul", {}, fields.map(([field, messages]) => element("li", {
        text: `${field}: ${[].concat(messages).join(" ")}`,
      }))),
    );
  }
  announce("");
}
