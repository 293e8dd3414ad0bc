#!/usr/bin/awk -f
# conll-score.awk GOLD PRED: exact-span precision, recall and F1 per type
# (and micro over PER, LOC, ORG) for two BIO-tagged CoNLL files with the same
# tokens line by line (token<TAB>tag). Gold tags PERS are read as PER; MISC is
# ignored. Usage: awk -f tools/conll-score.awk gold.conll pred.conll
function norm(t) { sub(/^[BI]-PERS$/, substr(t, 1, 2) "PER", t); if (t ~ /MISC/) t = "O"; return t }
function spans(tags, n, out,    i, t, ty, start) {
    delete out; start = 0; ty = ""
    for (i = 1; i <= n + 1; i++) {
        t = (i <= n) ? tags[i] : "O"
        if (ty != "" && (t == "O" || substr(t, 1, 2) == "B-" || substr(t, 3) != ty)) { out[start "," (i - 1) "," ty] = 1; ty = "" }
        if (t != "O" && (substr(t, 1, 2) == "B-" || ty == "")) { ty = substr(t, 3); start = i }
    }
}
FNR == 1 { file++ }
# tokens are aligned one to one; blank lines (sentence ends) are skipped
file == 1 && NF { g++; gt[g] = norm($2); next }
file == 2 && NF { p++; pt[p] = norm($2); next }
END {
    if (g != p) { printf "conll-score: %d gold lines but %d predicted lines\n", g, p > "/dev/stderr"; exit 2 }
    spans(gt, g, G); spans(pt, p, P)
    for (k in G) { split(k, a, ","); gold[a[3]]++; if (k in P) tp[a[3]]++ }
    for (k in P) { split(k, a, ","); pred[a[3]]++ }
    printf "%-12s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "TP", "P", "R", "F1"
    n = split("PER LOC ORG DATE", types, " ")
    for (i = 1; i <= n; i++) {
        ty = types[i]; if (!(ty in gold) && !(ty in pred)) continue
        pr = pred[ty] ? tp[ty] / pred[ty] : 0; rc = gold[ty] ? tp[ty] / gold[ty] : 0
        printf "%-12s %6d %6d %6d %7.3f %7.3f %7.3f\n", ty, gold[ty], pred[ty], tp[ty], pr, rc, pr + rc ? 2 * pr * rc / (pr + rc) : 0
        if (ty != "DATE") { G3 += gold[ty]; P3 += pred[ty]; T3 += tp[ty] }
    }
    pr = P3 ? T3 / P3 : 0; rc = G3 ? T3 / G3 : 0
    printf "%-12s %6d %6d %6d %7.3f %7.3f %7.3f\n", "PER+LOC+ORG", G3, P3, T3, pr, rc, pr + rc ? 2 * pr * rc / (pr + rc) : 0
}
