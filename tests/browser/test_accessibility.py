"""Every public page type passes axe-core's WCAG 2.x A/AA rules with no
serious or critical violation, on desktop and phone. axe-core is vendored
(tests/browser/vendor/axe-core) and injected from disk, no network."""

from pathlib import Path

import pytest

from tests.browser.test_public_site import DESKTOP, PHONE, open_page, site  # noqa: F401

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
RUN_AXE = """async () => {
    const result = await axe.run(document, {
        runOnly: {type: "tag", values: [
            "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    });
    return {
        checked: result.passes.length,
        violations: result.violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => v.id + ": "
                + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")),
    };
}"""


def test_public_pages_have_no_serious_accessibility_violation(
    browser,
    live_server,
    site,  # noqa: F811
):
    pages = {
        "home": "/",
        "province": site["province"].get_absolute_url(),
        "former province": site["historical"].get_absolute_url(),
        "article": site["award"].get_absolute_url(),
        "search": "/tim-kiem/?q=buu+dien",
        "compare": "/so-sanh/?nam=2019",
        "glossary": "/giai-thich-so-lieu/",
    }
    found = {}
    for viewport in (DESKTOP, PHONE):
        context = browser.new_context(viewport=viewport)
        context.add_init_script(path=str(AXE))
        page = context.new_page()
        for name, path in pages.items():
            open_page(page, live_server.url + path)
            result = page.evaluate(RUN_AXE)
            assert result["checked"] > 10, name  # axe ran its rules
            if result["violations"]:
                found[f"{name} ({viewport['width']} px)"] = result["violations"]
        context.close()
    assert found == {}
