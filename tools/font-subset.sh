#!/bin/sh
# Rebuilds src/main/resources/fonts/WenQuanYiMicroHei-Kefu.ttf, the CJK font embedded in complaint letters
# (decision 0026). Source: Debian bookworm package fonts-wqy-microhei 0.2.0-beta-3.1
# (/usr/share/fonts/truetype/wqy/wqy-microhei.ttc, face 0 "WenQuanYi Micro Hei", TrueType outlines,
# Apache-2.0 or GPL-3+ with font exception; we use it under Apache-2.0, see fonts/LICENSE-WenQuanYiMicroHei.txt).
# Tool: Debian python3-fonttools 4.38.0-1+deb12u1 (python3 -m fontTools.subset, i.e. pyftsubset). The output is byte-identical on every run
# (fontTools keeps head.modified, no timestamps are recalculated).
#   apt-get install -y fonts-wqy-microhei python3-fonttools && tools/font-subset.sh
set -eu
cd "$(dirname "$0")/.."
SOURCE=${1:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
OUT=src/main/resources/fonts/WenQuanYiMicroHei-Kefu.ttf
TEXT=$(mktemp)
trap 'rm -f "$TEXT"' EXIT

# The 6,763 hanzi of GB2312 (levels 1 and 2: rows 16-87), plus every character our letter templates and
# bundles use (\uXXXX escapes decoded), so a new wording cannot print tofu (ComplaintLetterFontTests checks).
/usr/bin/python3 - "$TEXT" <<'PY'
import glob, re, sys
chars = set()
for row in range(0xB0, 0xF8):
    for col in range(0xA1, 0xFF):
        try:
            chars.add(bytes([row, col]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
for path in sorted(glob.glob('src/main/resources/i18n/complaint-letter*.properties')
                   + glob.glob('src/main/resources/templates/complaint/letter/*.html')):
    text = open(path, encoding='utf-8').read()
    text = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), text)
    chars.update(c for c in text if ord(c) > 0x7f)
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(chars)))
PY

# ASCII, Latin-1, general punctuation, ideographic space..CJK symbols and punctuation, enclosed ①-⑩,
# full-width and half-width forms (incl. ￥), the yen/yuan sign ¥ (in Latin-1).
/usr/bin/python3 -m fontTools.subset "$SOURCE" --font-number=0 --output-file="$OUT" \
  --text-file="$TEXT" \
  --unicodes="U+0020-007E,U+00A0-00FF,U+2000-206F,U+2460-2469,U+3000-303F,U+FF00-FFEF" \
  --glyph-names --notdef-outline --name-IDs='*' --name-languages='*' \
  --no-hinting
ls -l "$OUT"
sha256sum "$OUT"
