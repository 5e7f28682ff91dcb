#!/usr/bin/python3
# Convert DCW-GMT boundaries into topologically clean GeoJSON for Territory.
#
# Usage: dcw2geojson.py [--dcw /usr/share/gmt-dcw/dcw-gmt.nc] [--out data/maps]
#                       [--only cn,us,world] [--cache DIR]
#
# Normally run through ./make-boundaries, which installs the Debian packages
# this needs (gmt-dcw python3-netcdf4 python3-numpy python3-scipy
# python3-shapely).
#
# Pipeline, for each map (cn, us, world):
#   1. decode each unit from dcw-gmt.nc (ushort pairs <CODE>_lon/<CODE>_lat,
#      value = min + v / scale; 65535 in _lon starts a ring, the matching
#      _lat is 0 for an outer ring and 1 for a hole);
#   2. put each unit into one longitude frame (continuous across 180°: the
#      Aleutians stay west of -180 in the US map), round to a 1e-5° grid,
#      drop specks, and snap each vertex onto a vertex of an earlier unit
#      within a few metres (DCW quantises every unit on its own grid, so the
#      two sides of a border never coincide exactly);
#   3. build a planar partition: node all rings together, polygonize, give
#      each face to the unit containing it; thin overlap and gap slivers go
#      to the neighbour they share most border with, small enclosed gaps are
#      filled, real overlaps go to the smaller claimant (or to China);
#   4. cut the unit rings into arcs at junctions, so every shared border is
#      one arc used by both neighbours;
#   5. per level of detail, drop small islands, simplify every arc once
#      (Douglas-Peucker, x scaled by cos(latitude), end points fixed), round
#      it, and simplify again with half the tolerance wherever an arc then
#      crosses another, a ring collapses or flips, or an island moves into
#      another ring;
#   6. reassemble (outer rings CCW, holes CW), cut the world at the
#      antimeridian, compute label points (pole of inaccessibility), write
#      one feature per line.
#
# Everything is deterministic: rerunning on the same DCW version gives the
# same bytes.

import argparse
import heapq
import json
import math
import os
import sys
import time
import warnings

import numpy as np
import netCDF4
from shapely.errors import ShapelyDeprecationWarning
from shapely.geometry import (LineString, MultiPolygon, Point, Polygon, box,
                              GeometryCollection)
from shapely.geometry.polygon import orient
from shapely.ops import polygonize, unary_union
from shapely.prepared import prep
from shapely.strtree import STRtree
from shapely.validation import make_valid

warnings.filterwarnings("ignore", category=ShapelyDeprecationWarning)

HERE = os.path.dirname(os.path.abspath(__file__))
KM_PER_DEG = 111.32

# Islands in the South China Sea that DCW-GMT has in the country outline of
# China but in no province (the Paracels).  They are given to CN-HI (Hainan
# administers them) and are never dropped, whatever the level of detail.
SCS_BOX = (109.5, 3.0, 118.5, 18.1)   # lon0, lat0, lon1, lat1

# Per map.  Distances are in degrees, areas in km².
#   grid         every input vertex is rounded to this grid first
#   prethin      light Douglas-Peucker per ring before the partition (world
#                only: 9 million input vertices are too many to partition)
#   snap         vertices closer than this to a vertex of an earlier unit move
#                onto it (DCW's quantisation error is up to ~0.0004° for a
#                province, ~0.003° for a big country)
#   fill         gap/overlap faces thinner than 2*fill are slivers
#   fill_km2     enclosed gaps smaller than this are filled too; larger ones
#                stay open (the Caspian and Aral seas in the world map)
#   crumb_km2    pieces smaller than this that touch a neighbour are merged
#   min_keep_km2 islands smaller than this are dropped while reading
#   levels       (file suffix, Douglas-Peucker tolerance, decimals written,
#                islands below min_island_km2 dropped, see Level)
MAPS = {
    "cn": dict(
        title="China, provincial-level divisions",
        names="names-cn.tsv", parent="CN", out="cn-provinces",
        grid=1e-5, prethin=0, snap=0.0006, fill=0.0015, fill_km2=100.0,
        crumb_km2=0.05, min_keep_km2=0.05, split_antimeridian=False,
        levels=[
            ("", dict(eps=0.012, digits=5, min_island_km2=1.0)),
            ("-coarse", dict(eps=0.06, digits=4, min_island_km2=150.0)),
        ]),
    "us": dict(
        title="United States, states and DC",
        names="names-us.tsv", parent="US", out="us-states",
        grid=1e-5, prethin=0, snap=0.0006, fill=0.0015, fill_km2=100.0,
        crumb_km2=0.05, min_keep_km2=0.05, split_antimeridian=False,
        levels=[
            ("", dict(eps=0.012, digits=5, min_island_km2=4.0)),
            ("-coarse", dict(eps=0.07, digits=4, min_island_km2=100.0)),
        ]),
    "world": dict(
        title="Countries and territories of the world",
        names="names-world.tsv", parent=None, out="world-countries",
        grid=1e-5, prethin=0.003, snap=0.005, fill=0.012, fill_km2=5000.0,
        crumb_km2=3.0, min_keep_km2=3.0, split_antimeridian=True,
        levels=[
            ("", dict(eps=0.05, digits=4, min_island_km2=200.0)),
            ("-coarse", dict(eps=0.25, digits=4, min_island_km2=5000.0)),
        ]),
}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


class Index:
    """Spatial index giving the positions of the geometries whose bounding
    boxes meet a query's, with Shapely 1.8 (Debian 12) as with Shapely 2."""

    def __init__(self, geoms):
        self.geoms = list(geoms)
        try:
            self.tree = STRtree(self.geoms, items=range(len(self.geoms)))
            self.old = True
        except TypeError:
            self.tree = STRtree(self.geoms)
            self.old = False

    def __call__(self, g):
        if self.old:
            return sorted(self.tree.query_items(g))
        return sorted(int(i) for i in self.tree.query(g))


# ---------------------------------------------------------------- reading --

class DCW:
    def __init__(self, path):
        self.path = path
        self.ds = netCDF4.Dataset(path)
        self.ds.set_auto_maskandscale(False)
        self.version = self.ds.getncattr("version")

    def has(self, var):
        return var + "_lon" in self.ds.variables

    def rings(self, var):
        """[(is_hole, ndarray (n,2) of lon/lat)] of one DCW unit."""
        lo = self.ds.variables[var + "_lon"]
        la = self.ds.variables[var + "_lat"]
        x = np.asarray(lo[:]).astype(np.int64)
        y = np.asarray(la[:]).astype(np.int64)
        xmin, xs = float(lo.getncattr("min")), float(lo.getncattr("scale"))
        ymin, ys = float(la.getncattr("min")), float(la.getncattr("scale"))
        starts = np.nonzero(x == 65535)[0]
        out = []
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else len(x)
            pts = np.column_stack([xmin + x[s + 1:e] / xs, ymin + y[s + 1:e] / ys])
            if len(pts):
                out.append((int(y[s]) == 1, pts))
        return out


def read_names(fn):
    rows = []
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, dcw, name_en, short_en, name_zh, short_zh = line.rstrip("\n").split("\t")
            rows.append(dict(code=code, dcw=dcw, name_en=name_en, short_en=short_en,
                             name_zh=name_zh, short_zh=short_zh))
    return rows


# --------------------------------------------------------------- geometry --

def ring_area(p):
    """Signed shoelace area (deg²) of a closed or open ring."""
    x, y = p[:, 0], p[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def km2(area_deg2, lat):
    return abs(area_deg2) * KM_PER_DEG ** 2 * math.cos(math.radians(lat))


def geom_km2(g):
    if g.is_empty:
        return 0.0
    return km2(g.area, g.centroid.y)


def polys_of(g):
    if g is None or g.is_empty:
        return []
    if isinstance(g, Polygon):
        return [g]
    if isinstance(g, (MultiPolygon, GeometryCollection)):
        out = []
        for p in g.geoms:
            out.extend(polys_of(p))
        return out
    return []


def dedupe(p):
    keep = np.ones(len(p), bool)
    keep[1:] = np.any(p[1:] != p[:-1], axis=1)
    return p[keep]


def close_polar_ring(p):
    """A ring around a pole (Antarctica) jumps 360° in longitude once; turn
    the jump into a detour along the pole so it is a plain polygon."""
    d = np.abs(np.diff(p[:, 0]))
    j = int(np.argmax(d))
    if d[j] < 180:
        return p
    p = np.vstack([p[j + 1:], p[1:j + 1]])          # jump now between last and first
    pole = -90.0 if p[:, 1].mean() < 0 else 90.0
    a, b = p[-1, 0], p[0, 0]                         # e.g. 180 -> -180
    p = np.vstack([p, [[a, pole], [b, pole]]])
    return np.vstack([p, p[:1]])


def densify_polar(polys, step=30.0):
    """Split edges that run along a pole into pieces of at most `step`
    degrees, so that no edge spans the whole map."""
    def ring(c):
        c = list(c)
        out = [c[0]]
        for (x0, y0), (x1, y1) in zip(c[:-1], c[1:]):
            if y0 == y1 and abs(y0) == 90.0 and abs(x1 - x0) > step:
                n = int(math.ceil(abs(x1 - x0) / step))
                out.extend((x0 + (x1 - x0) * k / n, y0) for k in range(1, n))
            out.append((x1, y1))
        return out
    return [Polygon(ring(p.exterior.coords), [ring(h.coords) for h in p.interiors])
            for p in polys]


def prepare_rings(rings, shift, grid, min_keep_km2, protect):
    """Shift into the map frame, snap to the grid, drop specks.
    Returns [(is_hole, ndarray)] with closed rings."""
    out = []
    if not rings:
        return out
    biggest = max(rings, key=lambda r: abs(ring_area(r[1])))[1]
    for hole, p in rings:
        is_biggest = p is biggest
        p = p.copy()
        p[:, 0] += shift
        p = close_polar_ring(p)
        p = dedupe(np.round(p / grid) * grid)
        if len(p) < 4:
            continue
        if not np.array_equal(p[0], p[-1]):
            p = np.vstack([p, p[:1]])
        a = km2(ring_area(p), p[:, 1].mean())
        # holes are enclaves of other units (Lesotho, Vatican...): never dropped
        if a < min_keep_km2 and not hole and not is_biggest and not protect(p):
            continue
        out.append((hole, p))
    return out


def snap_units(units, tol):
    """Snap every vertex to the nearest vertex of an earlier unit within tol.
    DCW quantises each unit on its own 16-bit grid, so the two sides of a
    border carry the same vertices a few metres apart; this makes most of
    them identical before the planar partition cleans up the rest."""
    from scipy.spatial import cKDTree
    boxes = []
    for rings in units:
        if rings:
            allp = np.vstack([p for _, p in rings])
            boxes.append((allp[:, 0].min() - tol, allp[:, 1].min() - tol,
                          allp[:, 0].max() + tol, allp[:, 1].max() + tol))
        else:
            boxes.append(None)
    moved = 0
    for ui, rings in enumerate(units):
        if not rings:
            continue
        bx = boxes[ui]
        refs = [np.vstack([p for _, p in units[vj]]) for vj in range(ui)
                if boxes[vj] and boxes[vj][0] <= bx[2] and bx[0] <= boxes[vj][2]
                and boxes[vj][1] <= bx[3] and bx[1] <= boxes[vj][3]]
        if not refs:
            continue
        ref = np.vstack(refs)
        tree = cKDTree(ref)
        out = []
        for hole, p in rings:
            d, i = tree.query(p, distance_upper_bound=tol)
            hit = np.isfinite(d) & (d > 0)
            if hit.any():
                p = p.copy()
                p[hit] = ref[i[hit]]
                moved += int(hit.sum())
                p = dedupe(p)
            if len(p) >= 4:
                out.append((hole, p))
        units[ui] = out
    return moved


def unit_geometry(rings, prethin):
    """Rings of one unit -> valid MultiPolygon (outer rings minus holes)."""
    outers, holes = [], []
    for hole, p in rings:
        pg = Polygon(p)
        if prethin:
            pg = pg.simplify(min(prethin, math.sqrt(abs(pg.area)) / 4),
                             preserve_topology=False)
        pg = make_valid(pg)
        (holes if hole else outers).extend(polys_of(pg))
    g = unary_union(outers)
    if holes:
        g = g.difference(unary_union(holes))
    return MultiPolygon(polys_of(g))


# ------------------------------------------------------- planar partition --

def shared_length(a, b):
    try:
        return a.boundary.intersection(b.boundary).length
    except Exception:
        return 0.0


def is_thin(face, r):
    return face.buffer(-r, resolution=2).is_empty


def build_partition(geoms, fill, fill_km2, crumb_km2, priority, labels):
    """Node all unit outlines together and hand every face to one unit.
    Returns (list of unit geometries, stats)."""
    t0 = time.time()
    lines = []
    for g in geoms:
        for p in g.geoms:
            lines.append(LineString(p.exterior.coords))
            lines.extend(LineString(r.coords) for r in p.interiors)
    noded = unary_union(lines)
    faces = list(polygonize(noded))
    log(f"    noded {len(lines)} rings into {len(faces)} faces ({time.time() - t0:.1f}s)")

    parts, part_owner = [], []
    for ui, g in enumerate(geoms):
        for p in g.geoms:
            parts.append(p)
            part_owner.append(ui)
    ptree = Index(parts)
    pprep = [prep(p) for p in parts]
    owners = []
    for f in faces:
        rp = f.representative_point()
        owners.append(sorted({part_owner[i] for i in ptree(rp)
                              if pprep[i].contains(rp)}))

    owner = [o[0] if len(o) == 1 else None for o in owners]
    unit_area = [g.area for g in geoms]
    ftree = Index(faces)
    stats = dict(faces=len(faces), overlap_faces=0, gap_faces=0, kept_gaps=0,
                 big_overlaps=[])
    pending = []
    for i, o in enumerate(owners):
        if len(o) > 1:
            stats["overlap_faces"] += 1
            if not is_thin(faces[i], fill):
                a = geom_km2(faces[i])
                # a real overlap of two units: decide by priority, else give
                # it to the smallest claimant (an enclave inside its
                # surrounding unit, like the Vatican in Italy)
                pick = next((u for u in priority if u in o),
                            min(o, key=lambda u: (unit_area[u], u)))
                owner[i] = pick
                stats["big_overlaps"].append((o, pick, a))
                continue
            pending.append(i)
        elif not o:
            if is_thin(faces[i], fill) or geom_km2(faces[i]) < fill_km2:
                stats["gap_faces"] += 1
                pending.append(i)
            else:
                stats["kept_gaps"] += 1
                c = faces[i].representative_point()
                log(f"    enclosed gap kept at {c.x:.3f},{c.y:.3f}: "
                    f"{geom_km2(faces[i]):.1f} km²")
    # hand slivers to the neighbour with the longest common border; repeat
    # because some slivers only touch other slivers
    for _ in range(20):
        if not pending:
            break
        left = []
        for i in pending:
            f = faces[i]
            score = {}
            for j in ftree(f):
                if j == i or owner[j] is None:
                    continue
                if owners[i] and owner[j] not in owners[i]:
                    continue
                L = shared_length(f, faces[j])
                if L > 0:
                    score[owner[j]] = score.get(owner[j], 0.0) + L
            if score:
                owner[i] = max(sorted(score), key=lambda u: score[u])
            else:
                left.append(i)
        if len(left) == len(pending):
            break
        pending = left
    for i in pending:                     # isolated overlap: first claimant
        if owners[i]:
            owner[i] = owners[i][0]

    per_unit = [[] for _ in geoms]
    for i, o in enumerate(owner):
        if o is not None:
            per_unit[o].append(faces[i])
    out = []
    for ui, fl in enumerate(per_unit):
        g = unary_union(fl) if fl else MultiPolygon()
        out.append(polys_of(g))
    out, crumbs = remove_crumbs(out, crumb_km2)
    out = [MultiPolygon(ps) for ps in out]
    log(f"    partition done: {stats['overlap_faces']} overlap slivers/areas, "
        f"{stats['gap_faces']} gap slivers filled, {stats['kept_gaps']} enclosed "
        f"water bodies kept, {crumbs} crumbs merged ({time.time() - t0:.1f}s)")
    summary = {}
    for o, pick, a in stats["big_overlaps"]:
        k = (tuple(labels[u] for u in o), labels[pick])
        summary[k] = summary.get(k, 0.0) + a
    for (o, pick), a in sorted(summary.items()):
        if a > 1.0:
            log(f"    overlap of {'/'.join(o)}: {a:.0f} km² given to {pick}")
    return out, stats


def remove_crumbs(units, crumb_km2):
    """Tiny pieces of a unit left over from sliver handling that touch other
    units (not islands, not a unit's largest piece) go to the neighbour they
    share most border with."""
    parts = [(ui, p) for ui, ps in enumerate(units) for p in ps]
    tree = Index([p for _, p in parts])
    moved = 0
    give = {}
    for k, (ui, p) in enumerate(parts):
        if geom_km2(p) >= crumb_km2 or p.area >= max(q.area for q in units[ui]):
            continue
        score = {}
        for j in tree(p):
            vj = parts[j][0]
            if vj == ui:
                continue
            L = shared_length(p, parts[j][1])
            if L > 0:
                score[vj] = score.get(vj, 0.0) + L
        if score:
            give[k] = max(sorted(score), key=lambda u: score[u])
    if not give:
        return units, 0
    new = [[] for _ in units]
    extra = [[] for _ in units]
    for k, (ui, p) in enumerate(parts):
        if k in give:
            extra[give[k]].append(p)
            moved += 1
        else:
            new[ui].append(p)
    for ui in range(len(units)):
        if extra[ui]:
            new[ui] = polys_of(unary_union(new[ui] + extra[ui]))
    return new, moved


# ------------------------------------------------------------------ arcs --

class Topology:
    """Rings cut into arcs at junctions; every shared border is one arc."""

    def __init__(self, unit_geoms):
        self.arcs = []             # list of ndarray (n,2)
        self.closed = []           # arc is a whole ring (no junction)
        self.uses = []             # number of rings using the arc
        self.units = []            # per unit: list of polygons; polygon =
                                   # list of rings; ring = [(arc, reversed)]
        rings = []                 # (unit, poly, k, coords list w/o closing pt)
        for ui, g in enumerate(unit_geoms):
            self.units.append([])
            for pi, p in enumerate(g.geoms):
                self.units[ui].append([])
                for k, r in enumerate([p.exterior] + list(p.interiors)):
                    c = list(r.coords)[:-1]
                    rings.append((ui, pi, k, c))
                    self.units[ui][pi].append(None)
        # junctions: points whose neighbours differ between the rings (or
        # positions within a ring) that pass through them
        seen, junction = {}, set()
        for _, _, _, c in rings:
            n = len(c)
            for i, pt in enumerate(c):
                a, b = c[i - 1], c[(i + 1) % n]
                s = seen.get(pt)
                if s is None:
                    seen[pt] = (a, b)
                elif not ((s[0] == a and s[1] == b) or (s[0] == b and s[1] == a)):
                    junction.add(pt)
        index = {}
        for ui, pi, k, c in rings:
            n = len(c)
            js = [i for i, pt in enumerate(c) if pt in junction]
            refs = []
            if not js:
                # whole ring is one closed arc; canonical start and direction
                m = min(range(n), key=lambda i: c[i])
                fwd = c[m:] + c[:m]
                rev = [fwd[0]] + fwd[1:][::-1]
                if tuple(rev) < tuple(fwd):
                    key, flip = tuple(rev), True
                else:
                    key, flip = tuple(fwd), False
                refs.append(self._arc(index, key + (key[0],), True, flip))
            else:
                c2 = c[js[0]:] + c[:js[0]] + [c[js[0]]]
                cut = [i - js[0] for i in js] + [n]
                for a, b in zip(cut[:-1], cut[1:]):
                    seg = tuple(c2[a:b + 1])
                    rseg = seg[::-1]
                    if rseg < seg:
                        refs.append(self._arc(index, rseg, False, True))
                    else:
                        refs.append(self._arc(index, seg, False, False))
            self.units[ui][pi][k] = refs
        self.junctions = junction

    def _arc(self, index, key, closed, flip):
        ai = index.get(key)
        if ai is None:
            ai = len(self.arcs)
            index[key] = ai
            self.arcs.append(np.array(key, dtype=float))
            self.closed.append(closed)
            self.uses.append(0)
        self.uses[ai] += 1
        return (ai, flip)


# --------------------------------------------------------- simplification --

def dp_keep(p, eps):
    """Douglas-Peucker on an open polyline; returns keep mask (ends kept).
    Distances to segments, x scaled by cos(mean latitude)."""
    n = len(p)
    keep = np.zeros(n, bool)
    keep[0] = keep[-1] = True
    if n <= 2:
        return keep
    q = p.copy()
    q[:, 0] *= math.cos(math.radians(float(np.clip(p[:, 1].mean(), -85, 85))))
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        a, b = q[i], q[j]
        s = q[i + 1:j]
        ab = b - a
        L2 = float(ab @ ab)
        if L2 == 0:
            d = np.hypot(s[:, 0] - a[0], s[:, 1] - a[1])
        else:
            t = np.clip(((s - a) @ ab) / L2, 0, 1)
            proj = a + t[:, None] * ab
            d = np.hypot(s[:, 0] - proj[:, 0], s[:, 1] - proj[:, 1])
        k = int(np.argmax(d))
        if d[k] > eps:
            m = i + 1 + k
            keep[m] = True
            stack.append((i, m))
            stack.append((m, j))
    return keep


def simplify_keep(p, eps, closed):
    """Keep mask of a simplified arc (closed arcs keep at least a triangle)."""
    if not closed:
        return dp_keep(p, eps)
    n = len(p)
    if n <= 4:
        return np.ones(n, bool)
    # closed ring: split at the point farthest from the start
    d = np.hypot(p[:, 0] - p[0, 0], p[:, 1] - p[0, 1])
    m = int(np.argmax(d))
    keep = np.concatenate([dp_keep(p[:m + 1], eps), dp_keep(p[m:], eps)[1:]])
    if keep.sum() < 4:
        a, b = p[0], p[m]
        ab = b - a
        dist = np.abs(ab[0] * (p[:, 1] - a[1]) - ab[1] * (p[:, 0] - a[0]))
        dist[[0, m, n - 1]] = -1
        keep[int(np.argmax(dist))] = True
    return keep


def round_arc(p, digits):
    return dedupe(np.round(p, digits))


def ring_coords(arcs, refs):
    out = []
    for ai, flip in refs:
        a = arcs[ai]
        if flip:
            a = a[::-1]
        out.extend(map(tuple, a[1:] if out else a))
    return out


def segments_near(s, pts, tol=1e-7):
    """Indices k of segments s[k]-s[k+1] passing within tol of any of pts."""
    a, b = s[:-1], s[1:]
    ab = b - a
    L2 = np.einsum("ij,ij->i", ab, ab)
    L2[L2 == 0] = 1e-300
    out = set()
    for p in pts:
        t = np.clip(np.einsum("ij,ij->i", p - a, ab) / L2, 0, 1)
        d = np.hypot(a[:, 0] + t * ab[:, 0] - p[0], a[:, 1] + t * ab[:, 1] - p[1])
        out.update(np.nonzero(d < tol)[0].tolist())
    return out


def points_of(g):
    pts = []
    for x in getattr(g, "geoms", [g]):
        if x.is_empty:
            continue
        pts.extend(x.coords)
    return pts


class Level:
    """One level of detail: simplified arcs + the polygons kept.

    Arcs are simplified once each, so neighbours keep identical borders.  An
    arc span whose simplified segment crosses another arc (or the arc itself),
    or that collapses or flips a ring, is simplified again with half the
    tolerance until nothing is wrong."""

    def __init__(self, topo, eps, digits, min_island_km2, protect):
        self.topo = topo
        self.digits = digits
        self.adig = [digits] * len(topo.arcs)
        self.orig = [self._orig(ai) for ai in range(len(topo.arcs))]
        # polygons to keep: drop small islands that touch no other unit
        self.keep_polys = []
        for ui, polys in enumerate(topo.units):
            rings0 = [np.array(ring_coords(topo.arcs, poly[0])) for poly in polys]
            areas = [km2(ring_area(c), c[:, 1].mean()) for c in rings0]
            big = int(np.argmax(areas)) if areas else -1
            keep = []
            for pi, poly in enumerate(polys):
                island = all(topo.uses[ai] == 1 for ring in poly for ai, _ in ring)
                rounded = np.array(ring_coords(self.orig, poly[0]))
                if (island and pi != big and not protect(ui, rings0[pi])
                        and (areas[pi] < min_island_km2 or len(rounded) < 4
                             or ring_area(rounded) == 0)):
                    continue
                # unshared holes (lakes) below the same limit are filled
                rings = [poly[0]]
                for h in poly[1:]:
                    hc = np.array(ring_coords(topo.arcs, h))
                    lake = all(topo.uses[ai] == 1 for ai, _ in h)
                    if not (lake and km2(ring_area(hc), hc[:, 1].mean()) < min_island_km2):
                        rings.append(h)
                keep.append((pi, rings))
            self.keep_polys.append(keep)
        self.used = sorted(set(ai for keep in self.keep_polys for _, rings in keep
                               for ring in rings for ai, _ in ring))
        # which outer rings lie inside which, at full resolution (an enclave
        # inside its host's hole); simplification must not change that
        self.outers = [rings[0] for keep in self.keep_polys for _, rings in keep]
        self.inside0 = self._containment(topo.arcs)
        n = len(topo.arcs)
        self.mask = [None] * n
        self.span_tol = [None] * n     # tolerance in force on each original segment
        self.arcs = [None] * n
        for ai in self.used:
            o = self.orig[ai]
            self.mask[ai] = simplify_keep(o, eps, topo.closed[ai])
            self.span_tol[ai] = np.full(max(len(o) - 1, 1), eps)
            self.arcs[ai] = o[self.mask[ai]]
        self._fix()

    def _orig(self, ai):
        """The arc rounded to its output precision; the end points always
        use the level's precision so that arcs still meet."""
        a = self.topo.arcs[ai]
        q = np.round(a, self.adig[ai])
        q[0], q[-1] = np.round(a[0], self.digits), np.round(a[-1], self.digits)
        return dedupe(q)

    def _refine(self, ai, segs):
        """Simplify again, with half the tolerance, the original spans under
        the given segments of simplified arc ai (all of them if segs is None).
        When the arc is at full detail already, give it one more digit."""
        o, keep = self.orig[ai], self.mask[ai]
        if keep.all():
            if self.adig[ai] >= 7:
                return False
            self.adig[ai] += 1
            o = self.orig[ai] = self._orig(ai)
            self.mask[ai] = np.ones(len(o), bool)
            self.span_tol[ai] = np.zeros(max(len(o) - 1, 1))
            self.arcs[ai] = o
            return True
        idx = np.nonzero(keep)[0]
        if segs is None:
            segs = range(len(idx) - 1)
        changed = False
        for k in segs:
            i, j = int(idx[k]), int(idx[k + 1])
            if j <= i + 1:
                continue
            t = float(self.span_tol[ai][i]) / 2
            if t < 2e-5:
                t = 0.0
            self.span_tol[ai][i:j] = t
            sub = np.ones(j - i + 1, bool) if t == 0 else dp_keep(o[i:j + 1], t)
            keep[i:j + 1] |= sub
            changed = True
        self.arcs[ai] = o[keep]
        return changed

    def _containment(self, arcs):
        polys = []
        for ring in self.outers:
            c = ring_coords(arcs, ring)
            polys.append(make_valid(Polygon(c)) if len(c) >= 4 else Polygon())
        tree = Index(polys)
        inside = set()
        for j, pj in enumerate(polys):
            if pj.is_empty:
                continue
            rp = pj.representative_point()
            for i in tree(rp):
                if i != j and polys[i].contains(rp):
                    inside.add((i, j))
        return inside

    def _problems(self):
        bad = {}                       # arc -> set of segment indices, or None = all

        def mark(ai, segs):
            if segs is None or bad.get(ai, 0) is None:
                bad[ai] = None
            else:
                bad.setdefault(ai, set()).update(segs)

        lines = {ai: LineString(self.arcs[ai]) for ai in self.used if len(self.arcs[ai]) >= 2}
        ids = sorted(lines)
        tree = Index([lines[i] for i in ids])
        for ai in ids:
            la, sa = lines[ai], self.arcs[ai]
            if not la.is_simple:
                # crossing points = nodes of the noded arc met more than twice
                cnt = {}
                for piece in getattr(unary_union(la), "geoms", []):
                    for pt in (piece.coords[0], piece.coords[-1]):
                        cnt[pt] = cnt.get(pt, 0) + 1
                pts = [pt for pt, c in cnt.items() if c > 2]
                mark(ai, segments_near(sa, pts) or None)
            ea = {tuple(sa[0]), tuple(sa[-1])}
            for bj in (ids[k] for k in tree(la)):
                if bj <= ai:
                    continue
                lb, sb = lines[bj], self.arcs[bj]
                if not la.intersects(lb):
                    continue
                ok_pts = ea & {tuple(sb[0]), tuple(sb[-1])}
                pts = [pt for pt in points_of(la.intersection(lb)) if pt not in ok_pts]
                if pts:
                    mark(ai, segments_near(sa, pts) or None)
                    mark(bj, segments_near(sb, pts) or None)
        # outer rings that moved into (or out of) another one
        for i, j in self._containment(self.arcs) ^ self.inside0:
            cj = np.array(ring_coords(self.arcs, self.outers[j]))
            x0, y0 = cj.min(axis=0)
            x1, y1 = cj.max(axis=0)
            for ai, _ in self.outers[j]:
                mark(ai, None)
            for ai, _ in self.outers[i]:
                a = self.arcs[ai]
                lo = np.minimum(a[:-1], a[1:])
                hi = np.maximum(a[:-1], a[1:])
                hit = np.nonzero((lo[:, 0] <= x1) & (hi[:, 0] >= x0)
                                 & (lo[:, 1] <= y1) & (hi[:, 1] >= y0))[0]
                if len(hit):
                    mark(ai, set(hit.tolist()))
        # rings that collapsed or flipped
        for keep in self.keep_polys:
            for _, rings in keep:
                for ring in rings:
                    c = np.array(ring_coords(self.arcs, ring))
                    o = np.array(ring_coords(self.topo.arcs, ring))
                    a, a0 = ring_area(c), ring_area(o)
                    if len(c) < 4 or a == 0 or (a > 0) != (a0 > 0):
                        for ai, _ in ring:
                            mark(ai, None)
        return bad

    def _fix(self):
        for _ in range(60):
            bad = self._problems()
            changed = False
            for ai in sorted(bad):
                changed |= self._refine(ai, None if bad[ai] is None else sorted(bad[ai]))
            if not changed:
                if bad:
                    log(f"    warning: {len(bad)} arcs still cross at full detail")
                more = sum(1 for ai in self.used if self.adig[ai] > self.digits)
                if more:
                    log(f"    {more} arcs needed more than {self.digits} decimals")
                return
        log("    warning: topology problems left after 60 rounds")

    def polygons(self, ui):
        """Shapely polygons of unit ui, outer CCW, holes CW."""
        out = []
        for _, rings in self.keep_polys[ui]:
            ext = ring_coords(self.arcs, rings[0])
            holes = [ring_coords(self.arcs, h) for h in rings[1:]]
            out.append(orient(Polygon(ext, holes), 1.0))
        return out

    def vertex_count(self):
        return sum(len(self.arcs[ai]) for ai in self.used)


# ------------------------------------------------------------- antimeridian --

def split_antimeridian(polys):
    out = []
    for p in polys:
        minx, _, maxx, _ = p.bounds
        if minx >= -180 and maxx <= 180:
            out.append(p)
            continue
        for lo, shift in ((-540, 360), (-180, 0), (180, -360)):
            x = p.intersection(box(lo, -90, lo + 360, 90))
            for q in polys_of(x):
                if q.area == 0:
                    continue
                c = np.array(q.exterior.coords)
                c[:, 0] += shift
                hs = []
                for h in q.interiors:
                    hc = np.array(h.coords)
                    hc[:, 0] += shift
                    hs.append(hc)
                out.append(orient(Polygon(c, hs), 1.0))
    return out


# ------------------------------------------------------------------ labels --

def polylabel(poly, precision_frac=0.005):
    """Pole of inaccessibility (Mapbox polylabel), in a frame where x is
    scaled by cos(latitude) so that 'inside most' matches the map."""
    lat0 = poly.representative_point().y
    k = max(math.cos(math.radians(lat0)), 0.05)

    def fwd(c):
        c = np.array(c)
        c[:, 0] *= k
        return c
    q = Polygon(fwd(poly.exterior.coords), [fwd(h.coords) for h in poly.interiors])
    minx, miny, maxx, maxy = q.bounds
    w, h = maxx - minx, maxy - miny
    cell = min(w, h)
    precision = max(max(w, h) * precision_frac, 1e-5)
    rp = q.representative_point()
    if cell <= 0:
        return rp.x / k, rp.y
    edge = q.boundary
    pq = prep(q)

    def dist(x, y):
        pt = Point(x, y)
        d = edge.distance(pt)
        return d if pq.contains(pt) else -d

    heap, n = [], 0
    h2 = cell / 2
    x = minx
    while x < maxx:
        y = miny
        while y < maxy:
            d = dist(x + h2, y + h2)
            heapq.heappush(heap, (-(d + h2 * math.sqrt(2)), n, x + h2, y + h2, h2, d))
            n += 1
            y += cell
        x += cell
    best = (dist(rp.x, rp.y), rp.x, rp.y)
    c = q.centroid
    dc = dist(c.x, c.y)
    if dc > best[0]:
        best = (dc, c.x, c.y)
    while heap:
        negmax, _, x, y, hh, d = heapq.heappop(heap)
        if d > best[0]:
            best = (d, x, y)
        if -negmax - best[0] <= precision:
            continue
        hh /= 2
        for dx, dy in ((-hh, -hh), (hh, -hh), (-hh, hh), (hh, hh)):
            nd = dist(x + dx, y + dy)
            heapq.heappush(heap, (-(nd + hh * math.sqrt(2)), n, x + dx, y + dy, hh, nd))
            n += 1
    return best[1] / k, best[2]


def label_point(polys, digits):
    big = max(polys, key=lambda p: km2(p.area, p.representative_point().y))
    x, y = polylabel(big)
    lab = [round(x, digits), round(y, digits)]
    if not big.contains(Point(lab)):
        rp = big.representative_point()
        lab = [round(rp.x, digits), round(rp.y, digits)]
        if not big.contains(Point(lab)):
            lab = [rp.x, rp.y]
    return lab


# ------------------------------------------------------------------ output --

def fmt(v, digits):
    s = f"{v:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def ring_json(c, digits):
    return "[" + ",".join("[%s,%s]" % (fmt(x, digits), fmt(y, digits)) for x, y in c) + "]"


def geometry_json(polys, digits):
    ps = []
    for p in polys:
        rings = [ring_json(p.exterior.coords, digits)]
        rings += [ring_json(h.coords, digits) for h in p.interiors]
        ps.append("[" + ",".join(rings) + "]")
    if len(ps) == 1:
        return '{"type":"Polygon","coordinates":%s}' % ps[0]
    return '{"type":"MultiPolygon","coordinates":[%s]}' % ",".join(ps)


def write_geojson(path, features, digits):
    lines = []
    for props, polys in features:
        lines.append('{"type":"Feature","properties":%s,"geometry":%s}' % (
            json.dumps(props, ensure_ascii=False, separators=(",", ":")),
            geometry_json(polys, digits)))
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(lines))
        f.write("\n]}\n")
    os.replace(tmp, path)


# -------------------------------------------------------------------- main --

def frame_shift(rings):
    big = max(rings, key=lambda r: abs(ring_area(r[1])))[1]
    return -360.0 * round(float(big[:, 0].mean()) / 360.0)


def in_box(c, bx):
    return (c[:, 0].min() >= bx[0] and c[:, 0].max() <= bx[2]
            and c[:, 1].min() >= bx[1] and c[:, 1].max() <= bx[3])


def protect_rings(code):
    if code in ("CN-HI", "CN"):
        return lambda c: in_box(c, SCS_BOX)
    return lambda c: False


def build_topology(key, cfg, dcw, names):
    """Decode, snap, partition and cut into arcs."""
    t0 = time.time()
    codes = [r["code"] for r in names]
    raw = []
    for r in names:
        if not dcw.has(r["dcw"]):
            raise SystemExit(f"{r['dcw']} not in {dcw.path}")
        raw.append(dcw.rings(r["dcw"]))
    if key == "cn":
        # islands of the country outline that are in no province
        hi = codes.index("CN-HI")
        prov = [Polygon(p) for rr in raw for _, p in rr if len(p) >= 4]
        ptree = Index(prov)
        extra = []
        for hole, p in dcw.rings("CN"):
            if hole or len(p) < 4:
                continue
            rp = make_valid(Polygon(p)).representative_point()
            if not any(prov[k].distance(rp) < 0.02 for k in ptree(rp.buffer(0.05))):
                if in_box(p, SCS_BOX):
                    extra.append((False, p))
                else:
                    log(f"    note: country ring at {p.mean(axis=0)} is in no province; left out")
        log(f"    {len(extra)} South China Sea islands of the CN outline added to CN-HI")
        raw[hi] = raw[hi] + extra

    prepared = [prepare_rings(rings, frame_shift(rings), cfg["grid"],
                              cfg["min_keep_km2"], protect_rings(r["code"]))
                for r, rings in zip(names, raw)]
    if cfg["prethin"]:
        # the world is too big to partition at full resolution
        geoms = [unit_geometry(rings, cfg["prethin"]) for rings in prepared]
        prepared = [[(False, np.array(p.exterior.coords)) for p in g.geoms] +
                    [(True, np.array(h.coords)) for p in g.geoms for h in p.interiors]
                    for g in geoms]
    nv = sum(len(p) for rings in prepared for _, p in rings)
    moved = snap_units(prepared, cfg["snap"])
    geoms = [unit_geometry(rings, 0) for rings in prepared]
    log(f"    decoded {len(geoms)} units, {nv} vertices, {moved} snapped to a "
        f"neighbour ({time.time() - t0:.1f}s)")

    priority = [codes.index(c) for c in ("CN",) if c in codes]
    units, _ = build_partition(geoms, cfg["fill"], cfg["fill_km2"], cfg["crumb_km2"],
                               priority, codes)
    for r, g in zip(names, units):
        if g.is_empty:
            raise SystemExit(f"{r['code']} lost all its area")

    topo = Topology(units)
    log(f"    {len(topo.arcs)} arcs, {len(topo.junctions)} junctions, "
        f"{sum(1 for u in topo.uses if u == 2)} shared ({time.time() - t0:.1f}s)")
    return topo


def build_map(key, cfg, dcw, outdir, cache=None):
    log(f"[{key}] {cfg['title']}")
    names = read_names(cfg["names"])
    topo = None
    if cache:
        import hashlib
        import pickle
        sig = {k: v for k, v in cfg.items() if k != "levels"}
        h = hashlib.sha1(repr((dcw.version, sorted(sig.items()), names)).encode()).hexdigest()[:12]
        cpath = os.path.join(cache, f"topo-{key}-{h}.pickle")
        if os.path.exists(cpath):
            with open(cpath, "rb") as f:
                topo = pickle.load(f)
            log(f"    topology from cache {cpath}")
    if topo is None:
        topo = build_topology(key, cfg, dcw, names)
        if cache:
            os.makedirs(cache, exist_ok=True)
            with open(cpath, "wb") as f:
                pickle.dump(topo, f)

    def protect(ui, c):
        return protect_rings(names[ui]["code"])(c)

    results = {}
    for suffix, lv in cfg["levels"]:
        t1 = time.time()
        level = Level(topo, lv["eps"], lv["digits"], lv["min_island_km2"], protect)
        feats = []
        nverts = 0
        for ui, r in enumerate(names):
            polys = level.polygons(ui)
            if cfg["split_antimeridian"]:
                polys = densify_polar(split_antimeridian(polys))
            polys.sort(key=lambda p: -p.area)
            nverts += sum(len(p.exterior.coords) + sum(len(h.coords) for h in p.interiors)
                          for p in polys)
            props = {
                "code": r["code"], "name_en": r["name_en"], "name_zh": r["name_zh"],
                "short_zh": r["short_zh"], "short_en": r["short_en"],
                "parent": cfg["parent"], "label": label_point(polys, 4),
            }
            feats.append((props, polys))
        feats.sort(key=lambda f: f[0]["code"])
        path = os.path.join(outdir, cfg["out"] + suffix + ".geojson")
        write_geojson(path, feats, 7)   # values are rounded already
        results[path] = nverts
        log(f"    wrote {path}: {len(feats)} features, {nverts} vertices, "
            f"{os.path.getsize(path) / 1024:.0f} KiB ({time.time() - t1:.1f}s)")
    return results


def main():
    ap = argparse.ArgumentParser(
        description="Convert DCW-GMT boundaries into GeoJSON for Territory's map view.")
    ap.add_argument("--dcw", default="/usr/share/gmt-dcw/dcw-gmt.nc")
    ap.add_argument("--out", default=os.path.normpath(os.path.join(HERE, "..", "..", "data", "maps")))
    ap.add_argument("--only", default="cn,us,world")
    ap.add_argument("--cache", help="keep the (slow) topology stage here between runs")
    args = ap.parse_args()
    dcw = DCW(args.dcw)
    log(f"DCW-GMT {dcw.version} from {args.dcw}")
    os.makedirs(args.out, exist_ok=True)
    for key in args.only.split(","):
        build_map(key, MAPS[key], dcw, args.out, args.cache)


if __name__ == "__main__":
    main()
