/* The review panel without page reloads: each fact's form is posted with
   fetch() and the server answers with that fact's section (or the whole
   panel), feedback included, which replaces the old one in place. Without
   this script, or if the request fails, the forms post as usual. */
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-review]") || !window.fetch) return;
    event.preventDefault();
    var submitter = event.submitter;
    var data = new FormData(form);
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    var target = document.getElementById(form.dataset.review);
    var scrollY = window.scrollY;
    form.setAttribute("aria-busy", "true");
    // Not form.action: the buttons are named "action" and would shadow it.
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: {"X-Review-Fragment": "1"}
    }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (html) {
      var id = target.id;
      target.outerHTML = html;
      var fresh = document.getElementById(id);
      var feedback = fresh && fresh.querySelector(".review-feedback");
      if (feedback) feedback.focus({preventScroll: true});
      window.scrollTo(0, scrollY);
    }).catch(function () {
      form.removeAttribute("data-review");
      if (submitter) submitter.click(); else form.submit();
    });
  });
})();
