import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  regionKeys,
  regions
} from "./chunk-MHPQEOZ3.js";
import {
  __commonJS,
  __toESM
} from "./chunk-AZZC4ZFI.js";

// node_modules/topojson-client/dist/topojson-client.js
var require_topojson_client = __commonJS({
  "node_modules/topojson-client/dist/topojson-client.js"(exports, module) {
    (function(global, factory) {
      typeof exports == "object" && typeof module < "u" ? factory(exports) : typeof define == "function" && define.amd ? define(["exports"], factory) : (global = global || self, factory(global.topojson = global.topojson || {}));
    })(exports, function(exports2) {
      "use strict";
      function identity(x) {
        return x;
      }
      function transform(transform2) {
        if (transform2 == null) return identity;
        var x0, y0, kx = transform2.scale[0], ky = transform2.scale[1], dx = transform2.translate[0], dy = transform2.translate[1];
        return function(input, i) {
          i || (x0 = y0 = 0);
          var j = 2, n = input.length, output = new Array(n);
          for (output[0] = (x0 += input[0]) * kx + dx, output[1] = (y0 += input[1]) * ky + dy; j < n; ) output[j] = input[j], ++j;
          return output;
        };
      }
      function bbox(topology) {
        var t = transform(topology.transform), key, x0 = 1 / 0, y0 = x0, x1 = -x0, y1 = -x0;
        function bboxPoint(p) {
          p = t(p), p[0] < x0 && (x0 = p[0]), p[0] > x1 && (x1 = p[0]), p[1] < y0 && (y0 = p[1]), p[1] > y1 && (y1 = p[1]);
        }
        function bboxGeometry(o) {
          switch (o.type) {
            case "GeometryCollection":
              o.geometries.forEach(bboxGeometry);
              break;
            case "Point":
              bboxPoint(o.coordinates);
              break;
            case "MultiPoint":
              o.coordinates.forEach(bboxPoint);
              break;
          }
        }
        topology.arcs.forEach(function(arc) {
          for (var i = -1, n = arc.length, p; ++i < n; )
            p = t(arc[i], i), p[0] < x0 && (x0 = p[0]), p[0] > x1 && (x1 = p[0]), p[1] < y0 && (y0 = p[1]), p[1] > y1 && (y1 = p[1]);
        });
        for (key in topology.objects)
          bboxGeometry(topology.objects[key]);
        return [x0, y0, x1, y1];
      }
      function reverse(array, n) {
        for (var t, j = array.length, i = j - n; i < --j; ) t = array[i], array[i++] = array[j], array[j] = t;
      }
      function feature2(topology, o) {
        return typeof o == "string" && (o = topology.objects[o]), o.type === "GeometryCollection" ? { type: "FeatureCollection", features: o.geometries.map(function(o2) {
          return feature$1(topology, o2);
        }) } : feature$1(topology, o);
      }
      function feature$1(topology, o) {
        var id = o.id, bbox2 = o.bbox, properties = o.properties == null ? {} : o.properties, geometry = object(topology, o);
        return id == null && bbox2 == null ? { type: "Feature", properties, geometry } : bbox2 == null ? { type: "Feature", id, properties, geometry } : { type: "Feature", id, bbox: bbox2, properties, geometry };
      }
      function object(topology, o) {
        var transformPoint = transform(topology.transform), arcs = topology.arcs;
        function arc(i, points) {
          points.length && points.pop();
          for (var a = arcs[i < 0 ? ~i : i], k = 0, n = a.length; k < n; ++k)
            points.push(transformPoint(a[k], k));
          i < 0 && reverse(points, n);
        }
        function point(p) {
          return transformPoint(p);
        }
        function line(arcs2) {
          for (var points = [], i = 0, n = arcs2.length; i < n; ++i) arc(arcs2[i], points);
          return points.length < 2 && points.push(points[0]), points;
        }
        function ring(arcs2) {
          for (var points = line(arcs2); points.length < 4; ) points.push(points[0]);
          return points;
        }
        function polygon(arcs2) {
          return arcs2.map(ring);
        }
        function geometry(o2) {
          var type = o2.type, coordinates;
          switch (type) {
            case "GeometryCollection":
              return { type, geometries: o2.geometries.map(geometry) };
            case "Point":
              coordinates = point(o2.coordinates);
              break;
            case "MultiPoint":
              coordinates = o2.coordinates.map(point);
              break;
            case "LineString":
              coordinates = line(o2.arcs);
              break;
            case "MultiLineString":
              coordinates = o2.arcs.map(line);
              break;
            case "Polygon":
              coordinates = polygon(o2.arcs);
              break;
            case "MultiPolygon":
              coordinates = o2.arcs.map(polygon);
              break;
            default:
              return null;
          }
          return { type, coordinates };
        }
        return geometry(o);
      }
      function stitch(topology, arcs) {
        var stitchedArcs = {}, fragmentByStart = {}, fragmentByEnd = {}, fragments = [], emptyIndex = -1;
        arcs.forEach(function(i, j) {
          var arc = topology.arcs[i < 0 ? ~i : i], t;
          arc.length < 3 && !arc[1][0] && !arc[1][1] && (t = arcs[++emptyIndex], arcs[emptyIndex] = i, arcs[j] = t);
        }), arcs.forEach(function(i) {
          var e = ends(i), start = e[0], end = e[1], f, g;
          if (f = fragmentByEnd[start])
            if (delete fragmentByEnd[f.end], f.push(i), f.end = end, g = fragmentByStart[end]) {
              delete fragmentByStart[g.start];
              var fg = g === f ? f : f.concat(g);
              fragmentByStart[fg.start = f.start] = fragmentByEnd[fg.end = g.end] = fg;
            } else
              fragmentByStart[f.start] = fragmentByEnd[f.end] = f;
          else if (f = fragmentByStart[end])
            if (delete fragmentByStart[f.start], f.unshift(i), f.start = start, g = fragmentByEnd[start]) {
              delete fragmentByEnd[g.end];
              var gf = g === f ? f : g.concat(f);
              fragmentByStart[gf.start = g.start] = fragmentByEnd[gf.end = f.end] = gf;
            } else
              fragmentByStart[f.start] = fragmentByEnd[f.end] = f;
          else
            f = [i], fragmentByStart[f.start = start] = fragmentByEnd[f.end = end] = f;
        });
        function ends(i) {
          var arc = topology.arcs[i < 0 ? ~i : i], p0 = arc[0], p1;
          return topology.transform ? (p1 = [0, 0], arc.forEach(function(dp) {
            p1[0] += dp[0], p1[1] += dp[1];
          })) : p1 = arc[arc.length - 1], i < 0 ? [p1, p0] : [p0, p1];
        }
        function flush(fragmentByEnd2, fragmentByStart2) {
          for (var k in fragmentByEnd2) {
            var f = fragmentByEnd2[k];
            delete fragmentByStart2[f.start], delete f.start, delete f.end, f.forEach(function(i) {
              stitchedArcs[i < 0 ? ~i : i] = 1;
            }), fragments.push(f);
          }
        }
        return flush(fragmentByEnd, fragmentByStart), flush(fragmentByStart, fragmentByEnd), arcs.forEach(function(i) {
          stitchedArcs[i < 0 ? ~i : i] || fragments.push([i]);
        }), fragments;
      }
      function mesh(topology) {
        return object(topology, meshArcs.apply(this, arguments));
      }
      function meshArcs(topology, object2, filter) {
        var arcs, i, n;
        if (arguments.length > 1) arcs = extractArcs(topology, object2, filter);
        else for (i = 0, arcs = new Array(n = topology.arcs.length); i < n; ++i) arcs[i] = i;
        return { type: "MultiLineString", arcs: stitch(topology, arcs) };
      }
      function extractArcs(topology, object2, filter) {
        var arcs = [], geomsByArc = [], geom;
        function extract0(i) {
          var j = i < 0 ? ~i : i;
          (geomsByArc[j] || (geomsByArc[j] = [])).push({ i, g: geom });
        }
        function extract1(arcs2) {
          arcs2.forEach(extract0);
        }
        function extract2(arcs2) {
          arcs2.forEach(extract1);
        }
        function extract3(arcs2) {
          arcs2.forEach(extract2);
        }
        function geometry(o) {
          switch (geom = o, o.type) {
            case "GeometryCollection":
              o.geometries.forEach(geometry);
              break;
            case "LineString":
              extract1(o.arcs);
              break;
            case "MultiLineString":
            case "Polygon":
              extract2(o.arcs);
              break;
            case "MultiPolygon":
              extract3(o.arcs);
              break;
          }
        }
        return geometry(object2), geomsByArc.forEach(filter == null ? function(geoms) {
          arcs.push(geoms[0].i);
        } : function(geoms) {
          filter(geoms[0].g, geoms[geoms.length - 1].g) && arcs.push(geoms[0].i);
        }), arcs;
      }
      function planarRingArea(ring) {
        for (var i = -1, n = ring.length, a, b = ring[n - 1], area = 0; ++i < n; ) a = b, b = ring[i], area += a[0] * b[1] - a[1] * b[0];
        return Math.abs(area);
      }
      function merge(topology) {
        return object(topology, mergeArcs.apply(this, arguments));
      }
      function mergeArcs(topology, objects) {
        var polygonsByArc = {}, polygons = [], groups = [];
        objects.forEach(geometry);
        function geometry(o) {
          switch (o.type) {
            case "GeometryCollection":
              o.geometries.forEach(geometry);
              break;
            case "Polygon":
              extract(o.arcs);
              break;
            case "MultiPolygon":
              o.arcs.forEach(extract);
              break;
          }
        }
        function extract(polygon) {
          polygon.forEach(function(ring) {
            ring.forEach(function(arc) {
              (polygonsByArc[arc = arc < 0 ? ~arc : arc] || (polygonsByArc[arc] = [])).push(polygon);
            });
          }), polygons.push(polygon);
        }
        function area(ring) {
          return planarRingArea(object(topology, { type: "Polygon", arcs: [ring] }).coordinates[0]);
        }
        return polygons.forEach(function(polygon) {
          if (!polygon._) {
            var group = [], neighbors2 = [polygon];
            for (polygon._ = 1, groups.push(group); polygon = neighbors2.pop(); )
              group.push(polygon), polygon.forEach(function(ring) {
                ring.forEach(function(arc) {
                  polygonsByArc[arc < 0 ? ~arc : arc].forEach(function(polygon2) {
                    polygon2._ || (polygon2._ = 1, neighbors2.push(polygon2));
                  });
                });
              });
          }
        }), polygons.forEach(function(polygon) {
          delete polygon._;
        }), {
          type: "MultiPolygon",
          arcs: groups.map(function(polygons2) {
            var arcs = [], n;
            if (polygons2.forEach(function(polygon) {
              polygon.forEach(function(ring) {
                ring.forEach(function(arc) {
                  polygonsByArc[arc < 0 ? ~arc : arc].length < 2 && arcs.push(arc);
                });
              });
            }), arcs = stitch(topology, arcs), (n = arcs.length) > 1)
              for (var i = 1, k = area(arcs[0]), ki, t; i < n; ++i)
                (ki = area(arcs[i])) > k && (t = arcs[0], arcs[0] = arcs[i], arcs[i] = t, k = ki);
            return arcs;
          }).filter(function(arcs) {
            return arcs.length > 0;
          })
        };
      }
      function bisect(a, x) {
        for (var lo = 0, hi = a.length; lo < hi; ) {
          var mid = lo + hi >>> 1;
          a[mid] < x ? lo = mid + 1 : hi = mid;
        }
        return lo;
      }
      function neighbors(objects) {
        var indexesByArc = {}, neighbors2 = objects.map(function() {
          return [];
        });
        function line(arcs, i2) {
          arcs.forEach(function(a) {
            a < 0 && (a = ~a);
            var o = indexesByArc[a];
            o ? o.push(i2) : indexesByArc[a] = [i2];
          });
        }
        function polygon(arcs, i2) {
          arcs.forEach(function(arc) {
            line(arc, i2);
          });
        }
        function geometry(o, i2) {
          o.type === "GeometryCollection" ? o.geometries.forEach(function(o2) {
            geometry(o2, i2);
          }) : o.type in geometryType && geometryType[o.type](o.arcs, i2);
        }
        var geometryType = {
          LineString: line,
          MultiLineString: polygon,
          Polygon: polygon,
          MultiPolygon: function(arcs, i2) {
            arcs.forEach(function(arc) {
              polygon(arc, i2);
            });
          }
        };
        objects.forEach(geometry);
        for (var i in indexesByArc)
          for (var indexes = indexesByArc[i], m = indexes.length, j = 0; j < m; ++j)
            for (var k = j + 1; k < m; ++k) {
              var ij = indexes[j], ik = indexes[k], n;
              (n = neighbors2[ij])[i = bisect(n, ik)] !== ik && n.splice(i, 0, ik), (n = neighbors2[ik])[i = bisect(n, ij)] !== ij && n.splice(i, 0, ij);
            }
        return neighbors2;
      }
      function untransform(transform2) {
        if (transform2 == null) return identity;
        var x0, y0, kx = transform2.scale[0], ky = transform2.scale[1], dx = transform2.translate[0], dy = transform2.translate[1];
        return function(input, i) {
          i || (x0 = y0 = 0);
          var j = 2, n = input.length, output = new Array(n), x1 = Math.round((input[0] - dx) / kx), y1 = Math.round((input[1] - dy) / ky);
          for (output[0] = x1 - x0, x0 = x1, output[1] = y1 - y0, y0 = y1; j < n; ) output[j] = input[j], ++j;
          return output;
        };
      }
      function quantize(topology, transform2) {
        if (topology.transform) throw new Error("already quantized");
        if (!transform2 || !transform2.scale) {
          if (!((n = Math.floor(transform2)) >= 2)) throw new Error("n must be \u22652");
          box = topology.bbox || bbox(topology);
          var x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3], n;
          transform2 = { scale: [x1 - x0 ? (x1 - x0) / (n - 1) : 1, y1 - y0 ? (y1 - y0) / (n - 1) : 1], translate: [x0, y0] };
        } else
          box = topology.bbox;
        var t = untransform(transform2), box, key, inputs = topology.objects, outputs = {};
        function quantizePoint(point) {
          return t(point);
        }
        function quantizeGeometry(input) {
          var output;
          switch (input.type) {
            case "GeometryCollection":
              output = { type: "GeometryCollection", geometries: input.geometries.map(quantizeGeometry) };
              break;
            case "Point":
              output = { type: "Point", coordinates: quantizePoint(input.coordinates) };
              break;
            case "MultiPoint":
              output = { type: "MultiPoint", coordinates: input.coordinates.map(quantizePoint) };
              break;
            default:
              return input;
          }
          return input.id != null && (output.id = input.id), input.bbox != null && (output.bbox = input.bbox), input.properties != null && (output.properties = input.properties), output;
        }
        function quantizeArc(input) {
          var i = 0, j = 1, n2 = input.length, p, output = new Array(n2);
          for (output[0] = t(input[0], 0); ++i < n2; ) ((p = t(input[i], i))[0] || p[1]) && (output[j++] = p);
          return j === 1 && (output[j++] = [0, 0]), output.length = j, output;
        }
        for (key in inputs) outputs[key] = quantizeGeometry(inputs[key]);
        return {
          type: "Topology",
          bbox: box,
          transform: transform2,
          objects: outputs,
          arcs: topology.arcs.map(quantizeArc)
        };
      }
      exports2.bbox = bbox, exports2.feature = feature2, exports2.merge = merge, exports2.mergeArcs = mergeArcs, exports2.mesh = mesh, exports2.meshArcs = meshArcs, exports2.neighbors = neighbors, exports2.quantize = quantize, exports2.transform = transform, exports2.untransform = untransform, Object.defineProperty(exports2, "__esModule", { value: !0 });
    });
  }
});

// src/map/geo.ts
var import_topojson_client = __toESM(require_topojson_client(), 1);
var isoByFileName = {
  Vinnytsya: "UA-05",
  Volyn: "UA-07",
  "Luhans'k": "UA-09",
  "Dnipropetrovs'k": "UA-12",
  "Donets'k": "UA-14",
  Zhytomyr: "UA-18",
  Transcarpathia: "UA-21",
  Zaporizhzhya: "UA-23",
  "Ivano-Frankivs'k": "UA-26",
  "Kiev City": "UA-30",
  Kiev: "UA-32",
  Kirovohrad: "UA-35",
  Sevastopol: "UA-40",
  Crimea: "UA-43",
  "L'viv": "UA-46",
  Mykolayiv: "UA-48",
  Odessa: "UA-51",
  Poltava: "UA-53",
  Rivne: "UA-56",
  Sumy: "UA-59",
  "Ternopil'": "UA-61",
  Kharkiv: "UA-63",
  Kherson: "UA-65",
  "Khmel'nyts'kyy": "UA-68",
  Cherkasy: "UA-71",
  Chernihiv: "UA-74",
  Chernivtsi: "UA-77"
}, drawnRegions = regionKeys.flatMap((key) => {
  let region = regions[key];
  return region.iso ? [{ key, iso: region.iso }] : [];
}), padding = 4, radians = Math.PI / 180, centralMeridian = 31 * radians, origin = 48.5 * radians, parallel1 = 46 * radians, parallel2 = 51 * radians, cone = (Math.sin(parallel1) + Math.sin(parallel2)) / 2, coneC = Math.cos(parallel1) ** 2 + 2 * cone * Math.sin(parallel1), rho0 = Math.sqrt(coneC - 2 * cone * Math.sin(origin)) / cone;
function projectAlbers(lon, lat) {
  let theta = cone * (lon * radians - centralMeridian), rho = Math.sqrt(coneC - 2 * cone * Math.sin(lat * radians)) / cone;
  return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function decodeRegions(topology) {
  if (!isRecord(topology) || topology.type !== "Topology" || !Array.isArray(topology.arcs))
    throw new Error("not a TopoJSON topology");
  if (!isRecord(topology.objects)) throw new Error("the topology has no objects");
  let topo = topology, object = topo.objects.ukr;
  if (object?.type !== "GeometryCollection") throw new Error('no "ukr" geometry collection');
  let byIso = /* @__PURE__ */ new Map();
  for (let f of (0, import_topojson_client.feature)(topo, object).features) {
    let name = f.properties?.name, iso = typeof name == "string" && Object.hasOwn(isoByFileName, name) ? isoByFileName[name] : void 0;
    if (!iso) throw new Error(`unknown region name ${JSON.stringify(name)}`);
    if (byIso.has(iso)) throw new Error(`region ${iso} (${String(name)}) appears twice`);
    let g = f.geometry;
    if (g?.type === "Polygon")
      byIso.set(iso, [g.coordinates.map(toRing)]);
    else if (g?.type === "MultiPolygon")
      byIso.set(
        iso,
        g.coordinates.map((polygon) => polygon.map(toRing))
      );
    else
      throw new Error(`region ${iso} (${String(name)}) is not a polygon`);
  }
  let missing = drawnRegions.filter((r) => !byIso.has(r.iso)).map((r) => r.iso);
  if (missing.length > 0) throw new Error(`regions missing: ${missing.join(", ")}`);
  return byIso;
}
function toRing(positions) {
  return positions.map(([lon = 0, lat = 0]) => [lon, lat]);
}
var grid = 0.5, snap = (v) => Math.round(v / grid) * grid;
function buildMapGeometry(topology, options = {}) {
  let width = options.width ?? 480, byIso = decodeRegions(topology), projected = drawnRegions.map(({ key, iso }) => ({
    key,
    iso,
    polygons: (byIso.get(iso) ?? []).map(
      (polygon) => polygon.map((ring) => ring.map(([lon, lat]) => projectAlbers(lon, lat)))
    )
  })), minX = 1 / 0, maxX = -1 / 0, minY = 1 / 0, maxY = -1 / 0;
  for (let r of projected)
    for (let polygon of r.polygons)
      for (let ring of polygon)
        for (let [x, y] of ring)
          minX = Math.min(minX, x), maxX = Math.max(maxX, x), minY = Math.min(minY, y), maxY = Math.max(maxY, y);
  let scale = (width - 2 * padding) / (maxX - minX), height = Math.ceil((maxY - minY) * scale + 2 * padding), toPixels = ([x, y]) => [
    snap(padding + (x - minX) * scale),
    snap(padding + (maxY - y) * scale)
  ];
  return {
    width,
    height,
    regions: projected.map((r) => ({
      key: r.key,
      iso: r.iso,
      polygons: r.polygons.map(
        (polygon) => polygon.map((ring) => simplifyRing(ring.map(toPixels))).filter((ring) => ring.length >= 3)
      ).filter((polygon) => polygon.length > 0)
    }))
  };
}
function simplifyRing(ring) {
  let out = [];
  for (let p of ring) {
    let last2 = out.at(-1);
    (!last2 || last2[0] !== p[0] || last2[1] !== p[1]) && out.push(p);
  }
  let first = out[0], last = out.at(-1);
  return out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1] && out.pop(), out;
}
function formatCoordinate(v) {
  return String(Math.round(v * 10) / 10 + 0);
}
var paths = /* @__PURE__ */ new WeakMap();
function regionPath(shape) {
  let path = paths.get(shape);
  return path === void 0 && (path = pathOf(shape), paths.set(shape, path)), path;
}
function pathOf(shape) {
  let f = formatCoordinate;
  return shape.polygons.flatMap(
    (polygon) => polygon.map((ring) => {
      let [x0, y0] = ring[0], steps = ring.slice(1).map(([x, y], i) => {
        let [px, py] = ring[i];
        return `${f(x - px)},${f(y - py)}`;
      });
      return `M${f(x0)},${f(y0)}l${steps.join(" ")}z`;
    })
  ).join("");
}
function farthestFromEdges(shape, fractions, accept = () => !0) {
  let rings = shape.polygons.flat(), ys = rings.flat().map(([, y]) => y), top = Math.min(...ys), bottom = Math.max(...ys), lines = 32, best, bestDistance = -1;
  for (let i = 1; i < lines; i++) {
    let y = snap(top + (bottom - top) * i / lines) + grid / 2, crossings = rings.flatMap((ring) => crossingsAt(ring, y)).sort((a, b) => a - b);
    for (let j = 0; j + 1 < crossings.length; j += 2)
      for (let f of fractions) {
        let candidate = [crossings[j] + (crossings[j + 1] - crossings[j]) * f, y];
        if (!accept(candidate)) continue;
        let distance = distanceToEdges(candidate, rings);
        distance > bestDistance && (best = candidate, bestDistance = distance);
      }
  }
  return best;
}
function interiorPoint(shape) {
  let best = farthestFromEdges(shape, [0.5]);
  if (!best) throw new Error(`region ${shape.key} has no area`);
  return best;
}
function crossingsAt(ring, y) {
  let xs = [];
  for (let i = 0; i < ring.length; i++) {
    let [x1, y1] = ring[i], [x2, y2] = ring[(i + 1) % ring.length];
    y1 > y != y2 > y && xs.push(x1 + (y - y1) / (y2 - y1) * (x2 - x1));
  }
  return xs;
}
function distanceToEdges([px, py], rings) {
  let min = 1 / 0;
  for (let ring of rings)
    for (let i = 0; i < ring.length; i++) {
      let [x1, y1] = ring[i], [x2, y2] = ring[(i + 1) % ring.length], dx = x2 - x1, dy = y2 - y1, length2 = dx * dx + dy * dy, t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length2));
      min = Math.min(min, Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy)));
    }
  return min;
}
function badgePoint(shape, n = 0) {
  let centre = interiorPoint(shape), away = (p) => Math.hypot(p[0] - centre[0], p[1] - centre[1]) >= 18, [x, y] = farthestFromEdges(shape, [0.3, 0.5, 0.7], away) ?? centre;
  return [x + n * 20, y];
}

export {
  isoByFileName,
  drawnRegions,
  projectAlbers,
  decodeRegions,
  buildMapGeometry,
  regionPath,
  interiorPoint,
  badgePoint
};
