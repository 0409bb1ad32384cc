#!/usr/bin/env python3
"""No import cycles between the modules of any crate (docs/architecture.md, "Layers").

    scripts/check-module-cycles.py [--edges] [CRATE_SRC_DIR...]   (default: rust/*/src)

A module "uses" another when its code names an item of it: `use crate::a::b::Item`,
`super::x`, a child module's name, or a path like `crate::a::f()` in an expression. Re-exports are
followed to the module that defines the item (`crate::vault::Vault`, re-exported by vault/mod.rs
from vault/handle.rs, is an edge to vault::handle), and are no edges themselves: a `pub use` is
the module's facade, the way declaring a child module (`mod x;`) is ownership, not use. Test modules (`#[cfg(test)] mod
…`) are left out: tests may reach anywhere. Exits 1 and prints every cycle found (one per
strongly connected component, with the edges that close it); `--edges` prints the whole graph.

Why a script and not cargo-modules: cargo-modules builds rust-analyzer (minutes on 2 cores, on
every fresh CI machine) to answer a question that the paths in the source answer.
"""

import os
import re
import sys
from collections import defaultdict

# ---------------------------------------------------------------- reading the source


def strip_comments_and_strings(text):
    """Blanks out comments, string and char literals (keeping newlines), so paths in doc
    comments or messages are not taken for uses."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
            continue
        if text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append("\n" * text.count("\n", i, j))
            i = j
            continue
        m = re.match(r'b?r(#*)"', text[i:i + 300]) if c in "br" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) else None
        if m:
            end = '"' + m.group(1)
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j
            continue
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j + 1
            continue
        if c == "'":
            # A char literal ('a', '\n', '\u{..}'), not a lifetime ('a).
            m = re.match(r"'(\\.[^']*|[^'\\])'", text[i:i + 12])
            if m:
                out.append("' '")
                i += m.end()
                continue
        out.append(c)
        i += 1
    return "".join(out)


def drop_test_modules(code):
    """Removes `#[cfg(test)] mod name { … }` blocks (balanced braces)."""
    while True:
        m = re.search(r"#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*\{", code)
        if not m:
            return code
        depth, j = 1, m.end()
        while j < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[j], 0)
            j += 1
        code = code[:m.start()] + "\n" * code.count("\n", m.start(), j) + code[j:]


def split_use_tree(tree):
    """`a::{b, c::{d, e}}` → [['a','b'], ['a','c','d'], ['a','c','e']] (aliases are removed
    before, by the caller)."""
    tree = re.sub(r"\s+", "", tree)

    def parse(s):
        # returns list of segment lists for s
        if "{" not in s:
            return [[seg for seg in s.split("::") if seg]]
        pre, rest = s.split("{", 1)
        assert rest.endswith("}"), s
        inner = rest[:-1]
        parts, depth, cur = [], 0, ""
        for ch in inner:
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
                continue
            depth += {"{": 1, "}": -1}.get(ch, 0)
            cur += ch
        if cur:
            parts.append(cur)
        prefix = [seg for seg in pre.split("::") if seg]
        result = []
        for p in parts:
            for sub in parse(p):
                result.append(prefix + sub)
        return result

    return parse(tree)


DEFINITION_RE = re.compile(
    r"\b(?:struct|enum|union|trait|fn|type|const|static|mod|macro_rules!)\s+([A-Za-z_]\w*)"
)
USE_RE = re.compile(r"\b(pub(\s*\([^)]*\))?\s+)?use\s+([^;]+);")
INLINE_RE = re.compile(r"(?<![\w:])((?:crate|super|self)(?:::(?:super|[A-Za-z_]\w*))+)")


def uses_of(code):
    """(is_public_reexport, path segments) for every `use`, then every inline path."""
    found = []
    for m in USE_RE.finditer(code):
        public = m.group(1) is not None
        tree = re.sub(r"\bas\s+\w+", "", m.group(3))
        for segs in split_use_tree(tree):
            found.append((public, segs))
    rest = USE_RE.sub("", code)
    for m in INLINE_RE.finditer(rest):
        found.append((False, m.group(1).split("::")))
    return found


# ---------------------------------------------------------------- the module tree


def module_files(src):
    mods = {}
    for root, _, files in os.walk(src):
        for f in files:
            if not f.endswith(".rs"):
                continue
            rel = os.path.relpath(os.path.join(root, f), src)[:-3].split(os.sep)
            if rel in (["lib"], ["main"]):
                path = ()
            elif rel[-1] == "mod":
                path = tuple(rel[:-1])
            else:
                path = tuple(rel)
            mods[path] = os.path.join(root, f)
    # Only modules actually declared (a stray file is not a module).
    declared = {(): mods.get(())}
    for path, file in sorted(mods.items(), key=lambda kv: len(kv[0])):
        if path == ():
            continue
        parent = path[:-1]
        if parent in declared and parent in mods:
            code = strip_comments_and_strings(open(mods[parent], encoding="utf-8").read())
            if re.search(r"\bmod\s+" + re.escape(path[-1]) + r"\s*;", code):
                declared[path] = file
    return {p: f for p, f in declared.items() if f}


class Crate:
    def __init__(self, src):
        self.src = src
        self.files = module_files(src)
        self.mods = set(self.files)
        self.code = {}
        self.reexports = defaultdict(dict)  # module -> name -> full segments (resolved later)
        self.globs = defaultdict(list)  # module -> [segments of glob re-exports]
        self.defines = {}  # module -> names of the items it defines
        for m, f in self.files.items():
            code = drop_test_modules(strip_comments_and_strings(open(f, encoding="utf-8").read()))
            self.code[m] = code
            self.defines[m] = set(DEFINITION_RE.findall(code))
            for public, segs in uses_of(code):
                if not public or not segs:
                    continue
                if segs[-1] == "*":
                    self.globs[m].append(segs[:-1])
                elif segs[-1] != "self":
                    self.reexports[m][segs[-1]] = segs

    def start(self, module, segs):
        """Where a path begins: (module, remaining segments) or None for other crates."""
        first = segs[0]
        if first == "crate":
            return (), segs[1:]
        if first == "self":
            return module, segs[1:]
        if first == "super":
            cur = module
            i = 0
            while i < len(segs) and segs[i] == "super":
                cur = cur[:-1]
                i += 1
            return cur, segs[i:]
        if module + (first,) in self.mods:  # a child module, named directly
            return module + (first,), segs[1:]
        return None

    def resolve(self, module, segs, seen=None):
        """The module that defines what `segs` names, seen from `module`."""
        seen = seen or set()
        begun = self.start(module, segs)
        if begun is None:
            return None
        cur, rest = begun
        while rest and cur + (rest[0],) in self.mods:
            cur, rest = cur + (rest[0],), rest[1:]
        if rest and rest[0] not in ("self", "*") and rest[0] not in self.defines.get(cur, ()):
            key = (cur, rest[0])
            if key not in seen:
                seen.add(key)
                target = self.reexports[cur].get(rest[0])
                if target is not None:
                    found = self.resolve(cur, target, seen)
                    if found is not None:
                        return found
                # A glob re-export (`pub use view::*`) counts only where the item is defined.
                for g in self.globs[cur]:
                    found = self.resolve(cur, g + [rest[0]], seen)
                    if found is not None and rest[0] in self.defines.get(found, ()):
                        return found
        return cur

    def edges(self):
        out = defaultdict(set)
        for m, code in self.code.items():
            for public, segs in uses_of(code):
                # A re-export (`pub use child::Item`) is the module's facade, not a use: the
                # module that names the item through it depends on the defining module.
                if public or not segs:
                    continue
                target = self.resolve(m, segs)
                if target is None or target == m:
                    continue
                # A module always reaches its own ancestors' namespace to find its siblings;
                # only the module that defines the item counts.
                out[m].add(target)
        return out


# ---------------------------------------------------------------- cycles


def sccs(nodes, edges):
    index, low, on, stack, result = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            result.append(comp)

    sys.setrecursionlimit(10000)
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return result


def name(m):
    return "::".join(m) or "crate"


def main(argv):
    show_edges = "--edges" in argv
    dirs = [a for a in argv if a != "--edges"]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if not dirs:
        base = os.path.join(root, "rust")
        dirs = sorted(
            os.path.join(base, d, "src") for d in os.listdir(base)
            if os.path.isdir(os.path.join(base, d, "src"))
        )
    bad = 0
    for src in dirs:
        crate = Crate(src)
        edges = crate.edges()
        label = os.path.relpath(os.path.dirname(src), root)
        if show_edges:
            for m in sorted(edges):
                print(f"{label}: {name(m)} -> {', '.join(sorted(name(t) for t in edges[m]))}")
        for comp in sccs(crate.mods, edges):
            if len(comp) < 2:
                continue
            bad += 1
            members = set(comp)
            closing = sorted(
                f"{name(a)} -> {name(b)}" for a in comp for b in edges.get(a, ()) if b in members
            )
            print(f"{label}: cycle between {', '.join(sorted(name(m) for m in comp))}")
            for e in closing:
                print(f"    {e}")
    if bad:
        print(f"\n{bad} module cycle(s). Break each by moving what both sides need into a module "
              "below both (docs/architecture.md, \"Layers\").", file=sys.stderr)
        return 1
    print(f"no module cycles in {len(dirs)} crate(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
