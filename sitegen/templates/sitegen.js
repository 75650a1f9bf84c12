// Small progressive enhancements: every page reads in full without them.
(function () {
  "use strict";
  var $$ = function (selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  };

  // n and p move between the rows of the side-by-side view that differ,
  // skipping rows the "differences only" toggle hides.
  var rows = $$("tr[data-diff]");
  var current = -1;
  function go(step) {
    var shown = rows.filter(function (row) { return row.offsetParent !== null; });
    if (!shown.length) return;
    var at = current >= 0 ? shown.indexOf(rows[current]) : -1;
    if (current >= 0) rows[current].classList.remove("focused");
    at = at < 0 && step < 0 ? 0 : Math.max(0, Math.min(shown.length - 1, at + step));
    var row = shown[at];
    current = rows.indexOf(row);
    row.classList.add("focused");
    row.setAttribute("tabindex", "-1");
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
  }
  if (rows.length) {
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (event.key === "n") { go(1); event.preventDefault(); }
      else if (event.key === "p") { go(-1); event.preventDefault(); }
    });
  }

  // On paper the evidence behind each fact is shown, not folded away.
  window.addEventListener("beforeprint", function () {
    $$("details.evidence").forEach(function (d) { d.open = true; });
  });

  // The coverage matrix, filtered by outlet. Without this every row shows.
  var filter = document.getElementById("matrix-filter");
  if (filter) {
    var status = document.querySelector(".filter-status");
    var facts = $$(".matrix tr.fact");
    filter.closest(".filter").hidden = false;
    filter.addEventListener("change", function () {
      var parts = filter.value.split(":");
      var shown = 0;
      facts.forEach(function (row) {
        var has = (" " + row.getAttribute("data-has") + " ").indexOf(" " + parts[1] + " ") >= 0;
        var keep = !filter.value || (parts[0] === "has" ? has : !has);
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      $$(".matrix tbody.group").forEach(function (group) {
        group.hidden = !group.querySelector("tr.fact:not([hidden])");
      });
      status.textContent = filter.value ? shown + " of " + facts.length + " facts" : "";
    });
  }

  // Search the index: titles, outlets, tags and facts, from a prebuilt list.
  var box = document.getElementById("search");
  var index = window.SITEGEN_SEARCH;
  if (box && index) {
    var list = document.getElementById("search-results");
    var said = document.getElementById("search-status");
    box.closest("form").hidden = false;
    box.closest("form").addEventListener("submit", function (event) { event.preventDefault(); });
    box.addEventListener("input", function () {
      var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      list.textContent = "";
      if (!words.length) { said.textContent = ""; return; }
      var found = 0;
      index.forEach(function (event) {
        var head = (event.title + " " + event.outlets.join(" ") + " " + event.tags.join(" ")).toLowerCase();
        var hits = event.facts.filter(function (fact) {
          var text = (head + " " + fact[1]).toLowerCase();
          return words.every(function (w) { return text.indexOf(w) >= 0; });
        });
        var titled = words.every(function (w) { return head.indexOf(w) >= 0; });
        if (!titled && !hits.length) return;
        found += 1;
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = event.page;
        link.textContent = event.title;
        item.appendChild(link);
        hits.slice(0, titled ? 0 : 3).forEach(function (fact) {
          var hit = document.createElement("a");
          hit.className = "hit";
          hit.href = event.page + "#" + fact[0];
          hit.textContent = fact[1];
          var line = document.createElement("div");
          line.appendChild(hit);
          item.appendChild(line);
        });
        list.appendChild(item);
      });
      said.textContent = found + (found === 1 ? " event" : " events") + " found";
    });
  }
})();
