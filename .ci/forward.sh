#!/usr/bin/env bash
# Forward compatibility: the suite on Python 3.13 with the newest Django 6.x,
# in .venv313 (the production pin stays Django 5.2 LTS in requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
py313=${PY313:-}
if [ -z "$py313" ]; then
    for candidate in "$HOME"/.pyenv/versions/3.13*/bin/python python3.13; do
        if "$candidate" --version >/dev/null 2>&1; then py313=$candidate; fi
    done
fi
if [ -z "$py313" ]; then
    echo "error: no Python 3.13 (set PY313)" >&2
    exit 1
fi
venv=.venv313
[ -x "$venv/bin/python" ] || "$py313" -m venv "$venv"
sed 's/^Django==.*/Django>=6,<7/' requirements.txt > "$venv/requirements.txt"
cp requirements-dev.txt "$venv/requirements-dev.txt"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/pip" install --quiet --upgrade -r "$venv/requirements-dev.txt"
"$venv/bin/python" -c "import django, sys; print('Python', sys.version.split()[0], 'Django', django.__version__)"
touch "$venv/.installed" "$venv/.installed-dev"  # installed above, Django overridden
make test VENV="$venv"
