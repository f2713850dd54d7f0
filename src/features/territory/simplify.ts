/**
 * Douglas-Peucker line simplification, in metres. A commune outline of the
 * official files has thousands of points, more than a map at town scale
 * can show; dropping the points that move the line by less than a
 * tolerance keeps the shape and divides the file by ten or more. A few
 * lines of code rather than a library (turf's simplify wraps this same
 * algorithm).
 */
type Position = [number, number];

/** Metres per degree of latitude and, at `lat`, of longitude (good to 0.5 % at the scale of a territory). */
function metresPerDegree(lat: number): { x: number; y: number } {
  return { x: 111_320 * Math.cos((lat * Math.PI) / 180), y: 110_574 };
}

function segmentDistance(p: Position, a: Position, b: Position, scale: { x: number; y: number }): number {
  const px = p[0] * scale.x, py = p[1] * scale.y;
  const ax = a[0] * scale.x, ay = a[1] * scale.y;
  const bx = b[0] * scale.x, by = b[1] * scale.y;
  const dx = bx - ax, dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Simplifies a line (iteratively, so long rings cannot overflow the stack). */
export function simplifyLine(points: readonly Position[], toleranceMetres: number): Position[] {
  if (points.length <= 2 || toleranceMetres <= 0) return [...points];
  const scale = metresPerDegree(points[0]![1]);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let max = toleranceMetres;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!, scale);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring: split at its farthest point from the start so
 * that both halves are simplified as lines; a ring that would fall under
 * four points (a tiny island) is kept as it was.
 */
export function simplifyRing(ring: readonly Position[], toleranceMetres: number): Position[] {
  if (ring.length <= 4) return [...ring];
  const scale = metresPerDegree(ring[0]![1]);
  let split = 1;
  let max = -1;
  ring.forEach((p, i) => {
    const d = Math.hypot((p[0] - ring[0]![0]) * scale.x, (p[1] - ring[0]![1]) * scale.y);
    if (d > max) {
      max = d;
      split = i;
    }
  });
  const firstHalf = simplifyLine(ring.slice(0, split + 1), toleranceMetres);
  const secondHalf = simplifyLine(ring.slice(split), toleranceMetres);
  const result = [...firstHalf, ...secondHalf.slice(1)];
  return result.length >= 4 ? result : [...ring];
}
