#!/usr/bin/env bash
# Installs everything the test suite needs and runs it: the package with its test extras in
# .venv, Debian's Chromium for the browser tests of the HTML views, and Debian's Apache Jena (with
# a Java runtime) to parse the RDF exports independently. Extra arguments go to
# pytest (e.g. `bash scripts/test.sh -m "not browser"`).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,dask]'

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then apt=(apt-get); elif command -v sudo >/dev/null 2>&1; then apt=(sudo apt-get); else apt=(); fi
    if [ ${#apt[@]} -gt 0 ]; then
        echo "installing Chromium from Debian's packages for the browser tests" >&2
        "${apt[@]}" update -qq
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq chromium >/dev/null
    fi
fi

# Apache Jena's riot (with a Java runtime) reads every RDF export as an independent parser
# (tests/test_reliability.py).
if ! command -v java >/dev/null 2>&1 || [ ! -f /usr/share/java/jena-cmds.jar ]; then
    if [ "$(id -u)" = 0 ]; then apt=(apt-get); elif command -v sudo >/dev/null 2>&1; then apt=(sudo apt-get); else apt=(); fi
    if [ ${#apt[@]} -gt 0 ]; then
        echo "installing Apache Jena and a Java runtime from Debian's packages for the RDF checks" >&2
        "${apt[@]}" update -qq
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends default-jre-headless libapache-jena-java >/dev/null
    fi
fi

# Debian's Virtuoso: kg push loads the seed graph into it (tests/test_push.py starts one on
# loopback with a database in a temporary folder; the package's own service is not used).
if ! command -v virtuoso-t >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt=(apt-get); elif command -v sudo >/dev/null 2>&1; then apt=(sudo apt-get); else apt=(); fi
    if [ ${#apt[@]} -gt 0 ]; then
        echo "installing Virtuoso from Debian's packages for the kg push tests" >&2
        "${apt[@]}" update -qq
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends virtuoso-opensource-7 >/dev/null
    fi
fi

# Browser tests fail (rather than skip) when Chromium is missing after the set-up above, and the
# Jena tests when riot is, and the push tests when Virtuoso is.
export KG_REQUIRE_BROWSER=1
export KG_REQUIRE_JENA=1
export KG_REQUIRE_VIRTUOSO=1
exec .venv/bin/python -m pytest "$@"
