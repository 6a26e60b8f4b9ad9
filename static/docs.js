/*
 * omem API docs: Swagger UI initialiser.
 *
 * Loaded as an external file because the Content-Security-Policy forbids
 * inline script. Expects:
 *   - static/vendor/swagger-ui-<version>/swagger-ui-bundle.js loaded first
 *     (defines the global SwaggerUIBundle);
 *   - an element <div id="swagger-ui" data-spec-url="..."> in the page.
 */
(function () {
  "use strict";

  function init() {
    var el = document.getElementById("swagger-ui");
    if (!el) {
      return;
    }
    var specUrl = el.getAttribute("data-spec-url");
    if (!specUrl) {
      el.textContent = "No OpenAPI spec URL configured (missing data-spec-url).";
      return;
    }
    if (typeof window.SwaggerUIBundle !== "function") {
      el.textContent = "Swagger UI failed to load.";
      return;
    }
    window.ui = window.SwaggerUIBundle({
      url: specUrl,
      domNode: el,
      deepLinking: true,
      presets: [window.SwaggerUIBundle.presets.apis],
      layout: "BaseLayout",
      // The default validatorUrl (validator.swagger.io) renders a badge that
      // loads an image from an external host and sends it the spec URL.
      validatorUrl: null
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
