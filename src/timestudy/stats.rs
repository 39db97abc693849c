//! The statistics of a time study, by the textbook methods (statrs computes the
//! quantiles and order statistics):
//! - a sample: n, mean, median, sample standard deviation (n − 1), min, max and
//!   the 95 % confidence interval of the mean, mean ± t(0.975, n − 1) · s / √n
//!   (Student's t); fewer than `MIN_N` values give no interval ("too few");
//! - two samples (before, after): the difference of the means with Welch's 95 %
//!   interval (unequal variances, Welch–Satterthwaite degrees of freedom).

use statrs::distribution::{ContinuousCDF, StudentsT};
use statrs::statistics::{Data, OrderStatistics, Statistics};

/// Fewest values for an interval: below this a figure says "too few to estimate".
pub const MIN_N: usize = 5;

/// A sample's description.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    /// Sample standard deviation (0 for a single value).
    pub sd: f64,
    pub min: f64,
    pub max: f64,
    /// 95 % confidence interval of the mean; `None` when n < `MIN_N`.
    pub ci: Option<(f64, f64)>,
}

/// The 97.5th percentile of Student's t with `df` degrees of freedom.
pub fn t975(df: f64) -> f64 {
    StudentsT::new(0.0, 1.0, df.max(1.0))
        .map(|t| t.inverse_cdf(0.975))
        .unwrap_or(f64::NAN)
}

/// The summary of finite values; `None` for none.
pub fn summary(values: &[f64]) -> Option<Summary> {
    let xs: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let n = xs.len();
    if n == 0 {
        return None;
    }
    let mean = xs.iter().mean();
    let sd = if n > 1 {
        xs.iter().std_dev().max(0.0)
    } else {
        0.0
    };
    let min = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let max = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let median = Data::new(xs).median();
    let ci = (n >= MIN_N).then(|| {
        let half = t975((n - 1) as f64) * sd / (n as f64).sqrt();
        (mean - half, mean + half)
    });
    Some(Summary {
        n,
        mean,
        median,
        sd,
        min,
        max,
        ci,
    })
}

/// Before minus after: a measured saving when positive.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    pub diff: f64,
    /// Welch's 95 % interval of the difference; `None` when either side has
    /// fewer than `MIN_N` values.
    pub ci: Option<(f64, f64)>,
}

/// The difference of two samples' means (`before − after`), with Welch's interval.
pub fn difference(before: &Summary, after: &Summary) -> Difference {
    let diff = before.mean - after.mean;
    let ci = (before.n >= MIN_N && after.n >= MIN_N).then(|| {
        let (n1, n2) = (before.n as f64, after.n as f64);
        let (v1, v2) = (before.sd.powi(2) / n1, after.sd.powi(2) / n2);
        let se = (v1 + v2).sqrt();
        if se == 0.0 {
            return (diff, diff);
        }
        let df = (v1 + v2).powi(2) / (v1.powi(2) / (n1 - 1.0) + v2.powi(2) / (n2 - 1.0));
        let half = t975(df) * se;
        (diff - half, diff + half)
    });
    Difference { diff, ci }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn t_quantiles_match_the_tables() {
        // Published two-sided 95 % critical values.
        for (df, t) in [
            (1.0, 12.706),
            (4.0, 2.776),
            (9.0, 2.262),
            (29.0, 2.045),
            (1e6, 1.960),
        ] {
            assert!(close(t975(df), t, 0.001), "df {df}: {}", t975(df));
        }
    }

    #[test]
    fn a_sample_by_hand() {
        // 4, 6, 8, 10, 12: mean 8, s = √10 = 3.1623, t(4) = 2.7764,
        // half-width 2.7764 × 3.1623 / √5 = 3.9265.
        let s = summary(&[8.0, 4.0, 12.0, 6.0, 10.0]).unwrap();
        assert_eq!(
            (s.n, s.mean, s.median, s.min, s.max),
            (5, 8.0, 8.0, 4.0, 12.0)
        );
        assert!(close(s.sd, 10f64.sqrt(), 1e-12));
        let (lo, hi) = s.ci.unwrap();
        assert!(
            close(lo, 4.0735, 1e-3) && close(hi, 11.9265, 1e-3),
            "{lo} {hi}"
        );
    }

    #[test]
    fn small_equal_and_odd_samples() {
        let one = summary(&[7.5]).unwrap();
        assert_eq!(
            (one.n, one.mean, one.median, one.sd, one.ci),
            (1, 7.5, 7.5, 0.0, None)
        );
        let four = summary(&[1.0, 2.0, 3.0, 4.0]).unwrap();
        assert_eq!((four.median, four.ci), (2.5, None), "too few to estimate");
        let same = summary(&[3.0; 6]).unwrap();
        assert_eq!((same.sd, same.ci), (0.0, Some((3.0, 3.0))));
        // An outlier moves the mean, not the median.
        let out = summary(&[5.0, 5.0, 6.0, 5.0, 120.0]).unwrap();
        assert_eq!((out.median, out.mean), (5.0, 28.2));
        assert!(summary(&[]).is_none());
        assert!(summary(&[f64::NAN]).is_none());
    }

    #[test]
    fn welch_difference_by_hand() {
        // before 10, 12, 14, 16, 18 (mean 14, s² 10); after 8, 9, 10, 11, 12 (mean 10, s² 2.5)
        // se = √(10/5 + 2.5/5) = √2.5 = 1.5811; df = 2.5² / (2²/4 + 0.5²/4) = 5.8824;
        // t(0.975, 5.8824) = 2.4588 (by numerical integration); half 3.888.
        let b = summary(&[10.0, 12.0, 14.0, 16.0, 18.0]).unwrap();
        let a = summary(&[8.0, 9.0, 10.0, 11.0, 12.0]).unwrap();
        let d = difference(&b, &a);
        assert_eq!(d.diff, 4.0);
        let (lo, hi) = d.ci.unwrap();
        assert!(
            close(lo, 0.1123, 1e-3) && close(hi, 7.8877, 1e-3),
            "{lo} {hi}"
        );
        let few = summary(&[1.0, 2.0]).unwrap();
        assert_eq!(difference(&b, &few).ci, None);
        let flat = summary(&[2.0; 5]).unwrap();
        assert_eq!(difference(&flat, &flat).ci, Some((0.0, 0.0)));
    }
}
