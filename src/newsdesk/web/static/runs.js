// The runs pages: while a run is going, the server draws the page again every few
// seconds and it is put in place, so the run's stages appear as they finish (read from
// the store, not from a process's memory).

const POLL_MS = 4000;

const page = () => document.getElementById("runs");
const going = () => page()?.dataset.running === "true";

async function redraw() {
  const response = await fetch(location.href, { credentials: "same-origin" });
  if (!response.ok) return;
  const fresh = new DOMParser()
    .parseFromString(await response.text(), "text/html")
    .getElementById("runs");
  if (fresh) page().replaceWith(document.adoptNode(fresh));
}

async function poll() {
  if (!going()) return;
  if (!document.hidden) {
    try {
      await redraw();
    } catch (err) {
      // The desk did not answer this time; the next poll tries again.
    }
  }
  setTimeout(poll, POLL_MS);
}

setTimeout(poll, POLL_MS);
