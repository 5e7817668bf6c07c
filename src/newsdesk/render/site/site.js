// Theme toggle (remembered) and client-side search over search.json.
(function () {
  var root = document.documentElement;
  document.getElementById("theme").addEventListener("click", function () {
    var dark = root.dataset.theme === "dark" ||
      (!root.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
    root.dataset.theme = dark ? "light" : "dark";
    localStorage.setItem("theme", root.dataset.theme);
  });
  var input = document.getElementById("search");
  var list = document.getElementById("results");
  var index = window.NEWSDESK_SEARCH || null;
  function show(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { list.hidden = true; return; }
    var found = index.filter(function (s) {
      var text = (s.title + " " + s.summary).toLowerCase();
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    }).slice(0, 20);
    found.forEach(function (s) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = input.dataset.root + s.url;
      a.textContent = s.title;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" · " + s.day));
      list.appendChild(li);
    });
    if (!found.length) {
      var none = document.createElement("li");
      none.textContent = input.dataset.empty;
      list.appendChild(none);
    }
    list.hidden = false;
  }
  input.addEventListener("input", function () {
    if (index) { show(input.value); return; }
    fetch(input.dataset.root + "search.json").then(function (r) { return r.json(); })
      .then(function (data) { index = data; show(input.value); });
  });
})();
