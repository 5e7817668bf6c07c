// Applied before the page is drawn, so a chosen theme never flashes the other one (and
// the page knows scripts run: controls only needed without them are hidden).
// A classic script (not a module) because modules run only after the page is parsed.
(function () {
  document.documentElement.classList.add("js");
  try {
    var chosen = localStorage.getItem("newsdesk-theme");
    if (chosen === "dark" || chosen === "light") {
      document.documentElement.setAttribute("data-theme", chosen);
    }
  } catch (e) {
    // Storage refused (private mode): the system's preference stands.
  }
})();
