// sitegen serve --watch: the page's side of live reload, added to pages as they are served
// (never written to output/). Reload when this page (or a script) changed, swap the
// stylesheets when only CSS changed, keep the scroll position across the reload, and
// show a failed build's problems over the last good page.
(function (cfg) {
  "use strict";
  var key = "sitegen-scroll:" + location.pathname, version = cfg.version, box = null;
  try {
    var xy = JSON.parse(sessionStorage.getItem(key) || "null");
    sessionStorage.removeItem(key);
    if (xy) {
      var back = function () { window.scrollTo(xy[0], xy[1]); };
      back();
      window.addEventListener("load", back);
    }
  } catch (e) {}
  function reload() {
    try { sessionStorage.setItem(key, JSON.stringify([scrollX, scrollY])); } catch (e) {}
    location.reload();
  }
  function overlay(problems) {
    if (box) { box.remove(); box = null; }
    if (!problems.length) return;
    box = document.createElement("div");
    box.id = "sitegen-overlay";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;" +
      "max-height:50vh;overflow:auto;margin:0;padding:1em 1.5em;background:#4a0d0d;" +
      "color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
    ["The last save did not build; this is the last good site."].concat(problems)
      .forEach(function (text, n) {
        var line = document.createElement(n ? "div" : "strong");
        line.textContent = text;
        box.appendChild(line);
      });
    document.body.appendChild(box);
  }
  function restyle() {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("v", version);
      var copy = link.cloneNode();
      copy.href = url.href;
      copy.onload = function () { link.remove(); };
      link.after(copy);
    });
  }
  overlay(cfg.problems);
  new EventSource(cfg.events).onmessage = function (e) {
    var s = JSON.parse(e.data);
    overlay(s.problems);
    if (s.epoch !== cfg.epoch) return reload();
    if (s.version <= version) return;
    var changed = s.version === version + 1 ? s.changed : null;
    version = s.version;
    if (!changed || changed.indexOf(cfg.page) >= 0) return reload();
    if (changed.some(function (p) { return /\.js$/.test(p); })) return reload();
    if (changed.some(function (p) { return /\.css$/.test(p); })) restyle();
  };
})
