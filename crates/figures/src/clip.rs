//! Cutting a line down to the visible y range, as `plt.ylim` does.

/// A point of a curve: `(x, h(x))`.
///
/// ```
/// let origin: figures::Point = (0.0, activations::relu(0.0));
/// assert_eq!(origin, (0.0, 0.0));
/// ```
pub type Point = (f64, f64);

// ANCHOR: visible_pieces
/// The pieces of the line through `points` that lie between `bottom` and
/// `top`, the way matplotlib's `plt.ylim(bottom, top)` hides the rest.
///
/// Where the line leaves the range, the piece ends exactly on the border, at
/// the crossing point found by linear interpolation; where it comes back, a
/// new piece starts. Points whose `x` or `y` is NaN or infinite are not drawn
/// and break the line, as in matplotlib. Points inside the range are kept
/// unchanged, so the pieces show exactly what the code computed.
///
/// ```
/// use figures::visible_pieces;
///
/// // ReLU at x = 0, 1, 2 under plt.ylim(-0.1, 1.1): the line leaves at y = 1.1.
/// let pieces = visible_pieces(&[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0)], -0.1, 1.1);
/// assert_eq!(pieces, [vec![(0.0, 0.0), (1.0, 1.0), (1.1, 1.1)]]);
/// ```
pub fn visible_pieces(points: &[Point], bottom: f64, top: f64) -> Vec<Vec<Point>> {
    let mut pieces = Vec::new();
    let mut piece: Vec<Point> = Vec::new();
    for pair in points.windows(2) {
        match visible_part(pair[0], pair[1], bottom, top) {
            Some((from, to)) => {
                // The segment continues the piece only if it starts where the
                // piece ends; a segment that starts on the border begins a new one.
                if piece.last() != Some(&from) {
                    finish(&mut piece, &mut pieces);
                    piece.push(from);
                }
                piece.push(to);
            }
            None => finish(&mut piece, &mut pieces),
        }
    }
    finish(&mut piece, &mut pieces);
    pieces
}
// ANCHOR_END: visible_pieces

/// Moves a piece into `pieces` if it is a line (two points or more).
fn finish(piece: &mut Vec<Point>, pieces: &mut Vec<Vec<Point>>) {
    if piece.len() >= 2 {
        pieces.push(std::mem::take(piece));
    } else {
        piece.clear();
    }
}

/// The part of the segment `p`–`q` with `bottom <= y <= top`, if not a point.
fn visible_part(p: Point, q: Point, bottom: f64, top: f64) -> Option<(Point, Point)> {
    let finite = |(x, y): Point| x.is_finite() && y.is_finite();
    if !(finite(p) && finite(q)) {
        return None;
    }
    let inside = |y: f64| bottom <= y && y <= top;
    let rise = q.1 - p.1;
    if rise == 0.0 {
        return inside(p.1).then_some((p, q));
    }
    // Walk along p + t·(q − p) for t in 0..=1: find the t of each border.
    let at = |y: f64| (y - p.1) / rise;
    let (t_bottom, t_top) = (at(bottom), at(top));
    let enter = t_bottom.min(t_top).max(0.0);
    let leave = t_bottom.max(t_top).min(1.0);
    if enter >= leave {
        return None;
    }
    // An end inside the range stays the computed point; one on a border is on it exactly.
    let point_at = |t: f64| {
        let y = if t == t_bottom { bottom } else { top };
        (p.0 + t * (q.0 - p.0), y)
    };
    let from = if enter == 0.0 { p } else { point_at(enter) };
    let to = if leave == 1.0 { q } else { point_at(leave) };
    Some((from, to))
}
