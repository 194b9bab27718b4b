# Writes NfcData.cs for FactCatalog from Python's unicodedata (its Unicode version goes into the file).
import unicodedata as u, sys

def hexs(cp): return format(cp, 'X')

ccc_ranges = []
decomps = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF: continue
    c = chr(cp)
    k = u.combining(c)
    if k:
        if ccc_ranges and ccc_ranges[-1][1] == cp - 1 and ccc_ranges[-1][2] == k:
            ccc_ranges[-1][1] = cp
        else:
            ccc_ranges.append([cp, cp, k])
    d = u.decomposition(c)
    if d and not d.startswith('<'):
        if 0xAC00 <= cp <= 0xD7A3: continue
        parts = [int(x, 16) for x in d.split()]
        composes = len(parts) == 2 and u.normalize('NFC', c) == c
        decomps.append((cp, parts, composes))

def chunks(entries, width=110):
    line = ''
    for e in entries:
        if len(line) + len(e) > width:
            yield line; line = ''
        line += e
    if line: yield line

ccc_entries = [(hexs(a) if a == b else hexs(a) + '-' + hexs(b)) + ':' + str(k) + ';' for a, b, k in ccc_ranges]
dec_entries = [hexs(cp) + ('=' if comp else '>') + ' '.join(hexs(p) for p in parts) + ';' for cp, parts, comp in decomps]

out = []
out.append('// Unicode Character Database ' + u.unidata_version + ', as Python\'s unicodedata module exposes it: every code point')
out.append('// with a non-zero canonical combining class, and every one-level canonical decomposition (a UnicodeData.txt')
out.append('// mapping without a <tag>), marked as a primary composite when NFC keeps the character whole. Generated; to move')
out.append('// to a newer Unicode version, regenerate it from that version\'s data rather than editing it.')
out.append('namespace FactCatalog.Catalogue.Text;')
out.append('')
out.append('/// <summary>')
out.append('/// The Unicode tables <see cref="Nfc"/> needs, as compact text parsed once on first use. Fixed data, not the')
out.append('/// host\'s: string.Normalize does nothing under invariant globalization, and a build must not depend on its host.')
out.append('/// </summary>')
out.append('internal static class NfcData')
out.append('{')
out.append('    /// <summary>')
out.append('    /// Canonical combining classes other than 0: <c>first[-last]:class;</c>, code points in hex.')
out.append('    /// </summary>')
out.append('    public const string CombiningClasses =')
lines = list(chunks(ccc_entries))
for i, l in enumerate(lines):
    out.append('        "' + l + '"' + (';' if i == len(lines) - 1 else ' +'))
out.append('')
out.append('    /// <summary>')
out.append('    /// One-level canonical decompositions (Hangul syllables excluded: they are algorithmic):')
out.append('    /// <c>code=parts;</c> when the pair recomposes in NFC (a primary composite), <c>code&gt;parts;</c> when it does not.')
out.append('    /// </summary>')
out.append('    public const string Decompositions =')
lines = list(chunks(dec_entries))
for i, l in enumerate(lines):
    out.append('        "' + l + '"' + (';' if i == len(lines) - 1 else ' +'))
out.append('}')
sys.stdout.write('\n'.join(out) + '\n')
print(len(ccc_ranges), len(decomps), sum(1 for d in decomps if d[2]), file=sys.stderr)
