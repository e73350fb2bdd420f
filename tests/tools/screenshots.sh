#!/bin/sh
# Regenerates the README's screenshots in docs/screenshots: every page of the window with the demo municipality
# at 1024×700, 1280×800 and 1920×1080 in Danish and English (<page>-<language>-<width>x<height>.png), and every
# page of the demo's status report in both languages (status-report-<language>-<page>.png).
# The demo is built on 27 November 2026 (the tests' fixed clock), so the pictures only change when the program
# does.
#
#   tests/tools/screenshots.sh [BUILD_DIR]      (default build/ci; configured with the ci preset if missing)
#
# Needs what ./test.sh installs (.ci/packages.txt): cmake, a compiler, pdftoppm (poppler-utils). Without a
# display it runs offscreen; the pictures are the window's own rendering (QWidget::grab). When pngquant is
# installed the PNGs are reduced to 256 colours, which keeps the folder small; without it they are kept as made.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/ci}
out=$root/docs/screenshots

cd "$root"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset ci >/dev/null
fi
cmake --build "$build" -j2 --target parat_app_tests

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The window's pages (a hidden Catch2 case, tests/app/ReadmeScreenshots.cpp).
PARAT_SCREENSHOT_DIR="$work/window" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$build/tests/parat_app_tests" "[.readme]" >"$work/tests.log" 2>&1 || {
    cat "$work/tests.log"
    echo "screenshots.sh: the screenshot case failed" >&2
    exit 1
}

# Every page of the status report as a picture (the case above wrote the PDFs).
mkdir -p "$work/report"
for language in da en; do
    pdftoppm -png -r 90 "$work/window/status-report-$language.pdf" "$work/report/status-report-$language"
    rm "$work/window/status-report-$language.pdf"
    # pdftoppm pads the page numbers to the page count's width (-1 or -01); the names here are unpadded.
    for file in "$work/report/status-report-$language"-*.png; do
        page=${file##*-}
        page=${page%.png}
        page=$(expr "$page" + 0)
        mv "$file" "$work/window/status-report-$language-$page.png"
    done
done

# Replace the pictures this script makes with the new ones (a page that no longer exists leaves no stale picture);
# pictures made otherwise (docs pages' own, such as readiness-da.png) are left alone.
if command -v pngquant >/dev/null 2>&1; then
    for file in "$work/window"/*.png; do
        pngquant --force --skip-if-larger --strip --output "$file.small" 256 "$file" && mv "$file.small" "$file" || true
    done
fi
mkdir -p "$out"
rm -f "$out"/*-da-*x*.png "$out"/*-en-*x*.png "$out"/status-report-da-*.png "$out"/status-report-en-*.png
cp "$work/window"/*.png "$out/"
count=$(ls "$out"/*.png | wc -l)
size=$(du -sh "$out" | cut -f1)
echo "screenshots.sh: $count pictures in $out ($size)"
