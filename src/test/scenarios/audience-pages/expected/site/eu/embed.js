/* Outpost embed: shows a status page's current status on another site. Each link with the
   attribute data-outpost-embed, whose href is a status page, gets that page's current status in
   words, read from api/v2/status.json next to it, and nothing else; without script, or if the
   read fails, the link stays as it is. The snippet is on the status page's developers/ page. */
(function () {
  "use strict";
  var colours = { none: "#1a7f37", minor: "#d4a72c", major: "#bc4c00", critical: "#cf222e", maintenance: "#0969da" };
  function show(link, status) {
    var indicator = String(status.indicator || "");
    var dot = document.createElement("span");
    dot.setAttribute("aria-hidden", "true");
    dot.style.cssText = "display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.4em;background:" +
      (colours.hasOwnProperty(indicator) ? colours[indicator] : "#818b98");
    var text = document.createElement("span");
    text.textContent = String(status.description || "");
    link.textContent = "";
    link.appendChild(dot);
    link.appendChild(text);
    link.setAttribute("data-outpost-indicator", indicator);
  }
  function embed(link) {
    if (link.getAttribute("data-outpost-indicator") !== null) return;
    link.setAttribute("data-outpost-indicator", "");
    var url;
    try {
      url = new URL("api/v2/status.json", link.href);
    } catch (e) {
      return;
    }
    fetch(url.href, { credentials: "omit", referrerPolicy: "no-referrer" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (json) {
        if (json && json.status && typeof json.status.description === "string") show(link, json.status);
      })
      .catch(function () {});
  }
  function all() {
    var links = document.querySelectorAll("a[data-outpost-embed]");
    for (var i = 0; i < links.length; i++) embed(links[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", all);
  else all();
})();
