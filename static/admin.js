/*
 * omem console behaviour. An external file: the Content-Security-Policy forbids inline
 * script. htmx does the requests; this only shows toasts and clears stale errors.
 */
(function () {
  "use strict";

  // A server answer may carry HX-Trigger: {"toast": "Key revoked."}.
  document.body.addEventListener("toast", function (event) {
    var toast = document.getElementById("toast");
    if (!toast) { return; }
    toast.textContent = event.detail && event.detail.value ? event.detail.value : "";
    toast.classList.add("shown");
    window.setTimeout(function () { toast.classList.remove("shown"); }, 4000);
  });

  // A new request clears the error left by an earlier one.
  document.body.addEventListener("htmx:beforeRequest", function () {
    var errors = document.getElementById("errors");
    if (errors) { errors.textContent = ""; }
  });
}());
