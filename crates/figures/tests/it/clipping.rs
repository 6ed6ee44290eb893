//! Cutting lines at the y limits, as `plt.ylim` does.

use figures::{FIGURES, visible_pieces};

#[test]
fn a_line_inside_the_limits_is_kept_unchanged() {
    let points = [(0.0, 0.1), (1.0, 0.7), (2.0, 0.3)];
    assert_eq!(visible_pieces(&points, 0.0, 1.0), [points.to_vec()]);
}

#[test]
fn a_line_that_leaves_and_comes_back_gives_two_pieces_ending_on_the_border() {
    let points = [(0.0, 0.0), (1.0, 2.0), (2.0, 0.0)];
    assert_eq!(
        visible_pieces(&points, 0.0, 1.0),
        [vec![(0.0, 0.0), (0.5, 1.0)], vec![(1.5, 1.0), (2.0, 0.0)]]
    );
}

#[test]
fn a_segment_crossing_the_whole_range_keeps_its_middle() {
    let points = [(0.0, -1.0), (4.0, 3.0)];
    assert_eq!(
        visible_pieces(&points, 0.0, 2.0),
        [vec![(1.0, 0.0), (3.0, 2.0)]]
    );
}

#[test]
fn a_line_entirely_outside_gives_nothing() {
    assert!(visible_pieces(&[(0.0, 5.0), (1.0, 6.0)], 0.0, 1.0).is_empty());
    assert!(visible_pieces(&[(0.0, -5.0), (1.0, 5.0)][..1], -10.0, 10.0).is_empty());
}

#[test]
fn nan_and_infinity_break_the_line() {
    let points = [
        (0.0, 0.0),
        (1.0, 0.5),
        (2.0, f64::NAN),
        (3.0, 0.5),
        (4.0, f64::INFINITY),
    ];
    assert_eq!(
        visible_pieces(&points, 0.0, 1.0),
        [vec![(0.0, 0.0), (1.0, 0.5)]]
    );
}

#[test]
fn every_figure_draws_all_its_visible_points_and_nothing_outside() {
    for figure in FIGURES {
        let (bottom, top) = figure.y_limits;
        for curve in figure.curves {
            let points = curve.points(&figure.x.values().unwrap());
            let pieces = visible_pieces(&points, bottom, top);
            let drawn: Vec<_> = pieces.iter().flatten().collect();
            assert!(
                drawn.iter().all(|&&(_, y)| bottom <= y && y <= top),
                "{}",
                figure.file_name
            );
            for point in points.iter().filter(|&&(_, y)| bottom <= y && y <= top) {
                assert!(
                    drawn.contains(&point),
                    "{}: {point:?} not drawn",
                    figure.file_name
                );
            }
        }
    }
}
