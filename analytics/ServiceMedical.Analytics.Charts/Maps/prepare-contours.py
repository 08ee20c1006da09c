#!/usr/bin/env python3
"""Writes the contours the maps draw from gregoiredavid/france-geojson (see SOURCES.md).

Metropolitan regions and departments come from the simplified files; the five overseas departments (each one a
region) from the file with overseas France. Coordinates are rounded to 3 decimals (about 100 m, far below a pixel
of a 640-pixel map) and repeated points dropped. Run: python3 prepare-contours.py ../../../../shared/data
"""
import json
import sys

source = sys.argv[1]


def rounded(ring):
    out = []
    for lon, lat in ring:
        point = [round(lon, 3), round(lat, 3)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def simplified(ring, tolerance):
    """Douglas-Peucker: the points that move the outline by more than the tolerance (degrees)."""
    if tolerance == 0 or len(ring) < 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        far, distance = first, 0.0
        for i in range(first + 1, last):
            x, y = ring[i]
            d = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length if length else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > distance:
                far, distance = i, d
        if distance > tolerance:
            keep[far] = True
            stack += [(first, far), (far, last)]
    return [point for point, kept in zip(ring, keep) if kept]


def polygons(geometry, tolerance=0):
    parts = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [[simplified(rounded(ring), tolerance) for ring in part] for part in parts]


def extent(geometry):
    points = [p for part in polygons(geometry) for ring in part for p in ring]
    return max(max(p[0] for p in points) - min(p[0] for p in points), max(p[1] for p in points) - min(p[1] for p in points))


def write(name, features, detail=0, tolerance=0):
    """detail: each area true to 1/detail of its own extent (an inset); tolerance: true to so many degrees."""
    collection = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": f["properties"]["code"], "nom": f["properties"]["nom"]},
         "geometry": {"type": "MultiPolygon", "coordinates": [
             part for part in polygons(f["geometry"], extent(f["geometry"]) / detail if detail else tolerance)
             if len(part[0]) >= 4]}}
        for f in sorted(features, key=lambda f: f["properties"]["code"])]}
    with open(name, "w", encoding="utf-8") as out:
        json.dump(collection, out, ensure_ascii=False, separators=(",", ":"))


def load(name):
    with open(f"{source}/{name}", encoding="utf-8") as f:
        return json.load(f)["features"]


overseas = [f for f in load("departements-avec-outre-mer.geojson") if len(f["properties"]["code"]) == 3]
# France's map of regions is about 430 pixels across on screen, 1 075 in an export: 0.015° is under a pixel on
# screen and 1.6 pixels in an export, and keeps the SVG the page sends at each change of filter small.
write("regions.geojson", load("regions-version-simplifiee.geojson"), tolerance=0.015)
write("departements.geojson", load("departements-version-simplifiee.geojson"))
# An inset is about 110 pixels across on screen, 280 in an export: an outline true to 1/300 of its extent is plenty.
write("outre-mer.geojson", overseas, detail=300)
