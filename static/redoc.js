/*
 * omem API docs: Redoc initialiser.
 *
 * Loaded as an external file because the Content-Security-Policy forbids
 * inline script. Expects:
 *   - static/vendor/redoc-<version>/redoc.standalone.js loaded first
 *     (defines the global Redoc);
 *   - an element <div id="redoc" data-spec-url="..."> in the page.
 */
(function () {
  "use strict";

  function init() {
    var el = document.getElementById("redoc");
    if (!el) {
      return;
    }
    var specUrl = el.getAttribute("data-spec-url");
    if (!specUrl) {
      el.textContent = "No OpenAPI spec URL configured (missing data-spec-url).";
      return;
    }
    if (!window.Redoc || typeof window.Redoc.init !== "function") {
      el.textContent = "Redoc failed to load.";
      return;
    }
    window.Redoc.init(specUrl, { disableSearch: true }, el);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
