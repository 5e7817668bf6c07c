// Applied before the page is drawn, so a chosen theme never flashes the other one.
// A classic script (not a module) because modules run only after the page is parsed.
(function () {
  try {
    var chosen = localStorage.getItem("newsdesk-theme");
    if (chosen === "dark" || chosen === "light") {
      document.documentElement.setAttribute("data-theme", chosen);
    }
  } catch (e) {
    // Storage refused (private mode): the system's preference stands.
  }
})();
