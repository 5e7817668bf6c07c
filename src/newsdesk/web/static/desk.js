// What every page of the desk shares: its words, calling the API, building elements
// from data, messages, keyboard shortcuts and the theme switch.
//
// Text from a feed only ever reaches the page as a text node (`el`, `textContent`),
// never as HTML, and no element carries an inline handler: the pages are served with
// a Content-Security-Policy of `default-src 'self'`.

const strings = JSON.parse(document.getElementById("ui-strings").textContent);

/** The page's string for `key`, with `{name}` filled from `vars`: its singular
 * (`KEY.one`) when `vars.count` is 1 and the language has one. */
export function t(key, vars = {}) {
  const text = (vars.count === 1 ? strings[`${key}.one`] : undefined) ?? strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** A name the core records (a stage, a counter) in the page's words, or as it is. */
export function label(prefix, name) {
  return strings[prefix + name] ?? name;
}

/**
 * A new element: `attrs` are attributes (`class`, `data-*`, `aria-*`...; `hidden`,
 * `disabled` as booleans), `children` are elements or strings (added as text).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An error the API answered with: its status and its message, in words. */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

function messageOf(body, response) {
  if (body && typeof body.error_said === "string") return body.error_said;
  if (body && typeof body.error === "string") return body.error;
  const detail = body && body.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ");
  }
  return `${response.status} ${response.statusText}`;
}

/** The page's CSRF token, sent back with every write. */
export function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

/**
 * Call the desk's JSON API: `body` is sent as JSON, the answer is parsed.  Throws an
 * ApiError with the API's message when it refuses; a lost session goes to sign in.
 */
export async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  if (method !== "GET" && method !== "HEAD") {
    const token = csrfToken();
    if (token) headers["X-CSRF-Token"] = token;
  }
  const init = { method, headers, credentials: "same-origin" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    throw new ApiError(0, t("error.network", { error: err.message }), null);
  }
  const type = response.headers.get("content-type") || "";
  const data = type.includes("json") ? await response.json() : null;
  if (response.status === 401 && document.querySelector('form.signout')) {
    location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
  }
  if (!response.ok) throw new ApiError(response.status, messageOf(data, response), data);
  return data;
}

let toastTimer = 0;

/** Say something in the page's message line (read out by screen readers). */
export function toast(message, kind = "info") {
  const box = document.getElementById("toast");
  box.textContent = message;
  box.dataset.kind = kind;
  box.classList.add("shown");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.classList.remove("shown"), kind === "error" ? 12000 : 5000);
}

/** Run `work` with `button` disabled and marked busy; an ApiError becomes a message. */
export async function busy(button, work) {
  if (button) {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
  }
  document.body.classList.add("busy");
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    toast(t("error.generic", { error: err.message }), "error");
    return undefined;
  } finally {
    document.body.classList.remove("busy");
    if (button) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }
}

// -- keyboard shortcuts ---------------------------------------------------------------

const shortcuts = new Map();

/** Run `action` on `key` (outside text fields); listed, with `label`, under "?". */
export function shortcut(key, label, action) {
  shortcuts.set(key, { label, action });
}

function typing(target) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function showShortcuts() {
  const dialog = document.getElementById("shortcuts");
  const list = document.getElementById("shortcuts-list");
  list.replaceChildren(
    ...[...shortcuts].flatMap(([key, { label }]) => [el("dt", {}, el("kbd", {}, key)), el("dd", {}, label)]),
  );
  if (!dialog.open) dialog.showModal();
}

shortcut("?", t("shortcuts.help"), showShortcuts);

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  if (document.getElementById("shortcuts").open && event.key !== "?") return;
  const found = shortcuts.get(event.key);
  if (!found) return;
  event.preventDefault();
  found.action(event);
});

document.getElementById("shortcuts-open").addEventListener("click", showShortcuts);

// -- the theme: the system's, until the switch chooses one (remembered) ----------------

document.getElementById("theme").addEventListener("click", () => {
  const root = document.documentElement;
  const dark =
    root.dataset.theme === "dark" ||
    (!root.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
  root.dataset.theme = dark ? "light" : "dark";
  try {
    localStorage.setItem("newsdesk-theme", root.dataset.theme);
  } catch (e) {
    // Not remembered: the choice lasts for this page.
  }
});
