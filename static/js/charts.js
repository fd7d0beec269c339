/* Charts and tables of the public pages, without a framework.

   - A chart's bars (and target marks) carry their text in data-tip: focusing
     a bar (keyboard), touching it or pointing at it shows that text in the
     chart's tip, which a screen reader announces (role="status").
   - A [data-toggle] block holding a chart and a table gets two buttons,
     "Biểu đồ" and "Bảng", showing one at a time. Without script both show.
   - A table.sortable gets buttons in its column headers that sort its rows
     by the cells' data-sort (or text); aria-sort tells which column. The
     server already sorts by ?sort=, so links work without script.
*/
(function () {
  "use strict";

  function showTip(chart, target) {
    var tip = chart.querySelector(".chart__tip");
    if (!tip) return;
    tip.textContent = target.getAttribute("data-tip");
    tip.hidden = false;
    var canvas = chart.querySelector(".chart__canvas");
    var box = canvas.getBoundingClientRect();
    var bar = target.getBoundingClientRect();
    var left = bar.left - box.left + canvas.scrollLeft + bar.width / 2;
    var width = tip.offsetWidth;
    left = Math.max(0, Math.min(left - width / 2, canvas.clientWidth - width));
    tip.style.left = left + "px";
    tip.style.top = Math.max(0, bar.top - box.top - tip.offsetHeight - 6) + "px";
  }

  function hideTip(chart) {
    var tip = chart.querySelector(".chart__tip");
    if (tip) tip.hidden = true;
  }

  function initChart(chart) {
    chart.classList.add("chart--live");
    chart.querySelectorAll("[data-tip]").forEach(function (bar) {
      bar.addEventListener("focus", function () { showTip(chart, bar); });
      bar.addEventListener("blur", function () { hideTip(chart); });
      bar.addEventListener("mouseenter", function () { showTip(chart, bar); });
      bar.addEventListener("mouseleave", function () {
        if (document.activeElement !== bar) hideTip(chart);
      });
      bar.addEventListener("click", function () { bar.focus(); showTip(chart, bar); });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hideTip(chart);
    });
  }

  function initToggle(block) {
    var chart = block.querySelector("[data-view=chart]");
    var table = block.querySelector("[data-view=table]");
    if (!chart || !table) return;
    var bar = document.createElement("div");
    bar.className = "view-toggle";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Cách xem số liệu");
    var buttons = [["chart", "Biểu đồ"], ["table", "Bảng"]].map(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = pair[1];
      button.setAttribute("data-show", pair[0]);
      bar.appendChild(button);
      return button;
    });
    function show(view) {
      chart.hidden = view !== "chart";
      table.hidden = view !== "table";
      buttons.forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.getAttribute("data-show") === view));
      });
    }
    buttons.forEach(function (button) {
      button.addEventListener("click", function () { show(button.getAttribute("data-show")); });
    });
    block.insertBefore(bar, block.firstChild);
    show("chart");
  }

  function sortValue(row, index) {
    var cell = row.children[index];
    var raw = cell.getAttribute("data-sort");
    if (raw === null) return cell.textContent.trim();
    if (raw === "") return null;
    var number = Number(raw);
    return isNaN(number) ? raw : number;
  }

  function compare(a, b) {
    if (a === b) return 0;
    if (a === null) return 1; // missing values last, whichever the direction
    if (b === null) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b), "vi");
  }

  function initSortable(table) {
    var heads = table.querySelectorAll("thead th[data-sortable]");
    heads.forEach(function (th) {
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      var link = th.querySelector("a");
      button.textContent = (link || th).textContent.trim();
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortValue(a, index), y = sortValue(b, index);
          if (x === null || y === null) return compare(x, y);
          return descending ? compare(y, x) : compare(x, y);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  document.querySelectorAll("[data-chart]").forEach(initChart);
  document.querySelectorAll("[data-toggle]").forEach(initToggle);
  document.querySelectorAll("table.sortable").forEach(initSortable);
})();

/* A citation's "truy cập <ngày>" is the day the reader reads it, not the
   day the (cached) page was drawn. */
(function () {
  "use strict";
  var now = new Date();
  function two(n) { return (n < 10 ? "0" : "") + n; }
  var today = two(now.getDate()) + "/" + two(now.getMonth() + 1) + "/" + now.getFullYear();
  document.querySelectorAll("[data-today]").forEach(function (el) { el.textContent = today; });
})();
