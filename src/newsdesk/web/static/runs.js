// The runs pages: while a run is going, the page is drawn again by the server every
// few seconds, so its stages appear as they finish (read from the store, not from a
// process's memory).

const POLL_MS = 4000;

const page = () => document.getElementById("runs");

async function refresh() {
  if (!page() || page().dataset.running !== "true" || document.hidden) {
    if (page() && page().dataset.running === "true") setTimeout(refresh, POLL_MS);
    return;
  }
  try {
    const response = await fetch(location.href, { credentials: "same-origin" });
    if (response.ok) {
      const fresh = new DOMParser()
        .parseFromString(await response.text(), "text/html")
        .getElementById("runs");
      if (fresh) page().replaceWith(document.adoptNode(fresh));
    }
  } finally {
    if (page() && page().dataset.running === "true") setTimeout(refresh, POLL_MS);
  }
}

setTimeout(refresh, POLL_MS);
