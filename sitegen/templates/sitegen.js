// Keyboard navigation between differences: n (next) and p (previous).
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-diff]"));
  if (!rows.length) return;
  var current = -1;
  function go(step) {
    if (current >= 0) rows[current].classList.remove("focused");
    current = Math.max(0, Math.min(rows.length - 1, current + step));
    var row = rows[current];
    row.classList.add("focused");
    row.setAttribute("tabindex", "-1");
    row.focus();
    row.scrollIntoView({ block: "center" });
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.key === "n") { go(1); event.preventDefault(); }
    else if (event.key === "p") { go(-1); event.preventDefault(); }
  });
})();
