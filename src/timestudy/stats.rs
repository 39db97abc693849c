//! The statistics of a time study, by the textbook methods:
//! - a sample: n, mean, median, sample standard deviation (n − 1), min, max and
//!   the 95 % confidence interval of the mean, mean ± t(0.975, n − 1) · s / √n
//!   (Student's t); fewer than `MIN_N` values give no interval ("too few");
//! - two samples (before, after): the difference of the means with Welch's 95 %
//!   interval (unequal variances, Welch–Satterthwaite degrees of freedom).
//!
//! The t quantile is computed here (the t distribution function through the
//! regularized incomplete beta function, Lentz's continued fraction, and
//! Newton's method), not by statrs. Size no longer decides it: in the time
//! study's part statrs' `inverse_cdf` costs 2.8 KB gzip (measured with the
//! program in parts, rustup toolchain; 6.2 KB of the one-wasm app before).
//! Accuracy does: statrs' root finder stops at about 1e-6 and is off by 4e-5 at
//! df = 5·10⁵, so it fails the published quantiles to nine decimals that this
//! one meets. The tests check this one against statrs for degrees of freedom
//! from 1 to 10⁴, and against published quantiles to nine decimals up to 10⁶.

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

/// ln Γ(x) for x ≥ ½ (Lanczos' approximation, g = 7, nine terms: relative error
/// about 1e-15; no reflection is needed, as the t distribution only asks for
/// half its degrees of freedom, at least ½).
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + a.ln()
}

/// The continued fraction of the incomplete beta function (modified Lentz).
fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    d = 1.0 / if d.abs() < TINY { TINY } else { d };
    let mut h = d;
    for m in 1..=300 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        for aa in [
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ] {
            d = 1.0 + aa * d;
            d = 1.0 / if d.abs() < TINY { TINY } else { d };
            c = 1.0 + aa / c;
            if c.abs() < TINY {
                c = TINY;
            }
            h *= d * c;
            if (d * c - 1.0).abs() < 1e-16 {
                return h;
            }
        }
    }
    h
}

/// The regularized incomplete beta function I_x(a, b), 0 ≤ x ≤ 1.
fn inc_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let front =
        (ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln()).exp();
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(a, b, x) / a
    } else {
        1.0 - front * beta_fraction(b, a, 1.0 - x) / b
    }
}

/// P(T ≤ t) of Student's t with `df` degrees of freedom, for t ≥ 0.
fn t_cdf(t: f64, df: f64) -> f64 {
    1.0 - 0.5 * inc_beta(df / 2.0, 0.5, df / (df + t * t))
}

/// The 97.5th percentile of Student's t with `df` degrees of freedom (at least 1):
/// Newton's method on the distribution function from the normal quantile with
/// its first Cornish–Fisher term, kept inside a bracket that halves whenever a
/// step would leave it (t(0.975, 1) = 12.706 is the largest: 0 to 16).
pub fn t975(df: f64) -> f64 {
    if df.is_nan() {
        return f64::NAN;
    }
    let df = df.max(1.0);
    const Z: f64 = 1.959_963_984_540_054;
    // ln of the density's constant: Γ((df+1)/2) / (Γ(df/2) √(df π)).
    let ln_c =
        ln_gamma((df + 1.0) / 2.0) - ln_gamma(df / 2.0) - 0.5 * (df * std::f64::consts::PI).ln();
    let pdf = |t: f64| (ln_c - (df + 1.0) / 2.0 * (t * t / df).ln_1p()).exp();
    let (mut lo, mut hi) = (0.0_f64, 16.0_f64);
    let mut t = (Z + (Z * Z * Z + Z) / (4.0 * df)).min(12.0);
    for _ in 0..100 {
        let f = t_cdf(t, df) - 0.975;
        if f < 0.0 {
            lo = t;
        } else {
            hi = t;
        }
        let mut next = t - f / pdf(t);
        if !(next > lo && next < hi) {
            next = 0.5 * (lo + hi);
        }
        if (next - t).abs() <= 1e-14 * t {
            return next;
        }
        t = next;
    }
    t
}

/// The median of finite values. They are sorted as `u64`s that order as the
/// values do (the sign bit flipped, or every bit of a negative value): the same
/// sort routine the evidence uses, not one more of its own.
fn median(xs: &[f64]) -> f64 {
    let key = |x: f64| {
        let b = x.to_bits();
        if b >> 63 == 1 {
            !b
        } else {
            b | 1 << 63
        }
    };
    let back = |k: u64| f64::from_bits(if k >> 63 == 1 { k & !(1 << 63) } else { !k });
    let mut keys: Vec<u64> = xs.iter().map(|x| key(*x)).collect();
    keys.sort_unstable();
    let n = keys.len();
    if n % 2 == 1 {
        back(keys[n / 2])
    } else {
        0.5 * (back(keys[n / 2 - 1]) + back(keys[n / 2]))
    }
}

/// The summary of finite values; `None` for none.
pub fn summary(values: &[f64]) -> Option<Summary> {
    let xs: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let n = xs.len();
    if n == 0 {
        return None;
    }
    let count = n as f64;
    let mean = xs.iter().sum::<f64>() / count;
    let sd = if n > 1 {
        (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (count - 1.0)).sqrt()
    } else {
        0.0
    };
    let min = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let max = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let median = median(&xs);
    let ci = (n >= MIN_N).then(|| {
        let half = t975(count - 1.0) * sd / count.sqrt();
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
    use proptest::prelude::*;
    use statrs::distribution::{ContinuousCDF, StudentsT};
    use statrs::statistics::{Data, OrderStatistics, Statistics};

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

    proptest! {
        #[test]
        fn t_quantiles_agree_with_statrs(df in 1.0f64..1e4) {
            let want = StudentsT::new(0.0, 1.0, df).unwrap().inverse_cdf(0.975);
            // statrs' root finder stops at about 1e-6 (and is off by 4e-5 at
            // df = 5·10⁵); the published values below check this one to 1e-8.
            prop_assert!(close(t975(df), want, 1e-6 * want), "df {}: {} against {}", df, t975(df), want);
        }

        #[test]
        fn summaries_agree_with_statrs(xs in proptest::collection::vec(-1e6f64..1e6, 1..60)) {
            let s = summary(&xs).unwrap();
            prop_assert!(close(s.mean, xs.iter().mean(), 1e-9));
            prop_assert!(close(s.median, Data::new(xs.clone()).median(), 1e-12));
            if xs.len() > 1 {
                prop_assert!(close(s.sd, xs.iter().std_dev(), 1e-9));
            }
        }
    }

    #[test]
    fn small_degrees_of_freedom_agree_with_statrs() {
        for i in 0..400 {
            let df = 1.0 + f64::from(i) * 0.05;
            let want = StudentsT::new(0.0, 1.0, df).unwrap().inverse_cdf(0.975);
            assert!(close(t975(df), want, 1e-9 * want), "df {df}");
        }
        // Published quantiles to nine decimals; at df = 10⁶ the normal quantile
        // with the first Cornish–Fisher term, z + (z³ + z) / 4df.
        for (df, t) in [
            (1.0, 12.706_204_736),
            (2.0, 4.302_652_730),
            (10.0, 2.228_138_852),
            (30.0, 2.042_272_456),
            (100.0, 1.983_971_519),
            (1e6, 1.959_966_357),
        ] {
            assert!(close(t975(df), t, 2e-9 * t), "df {df}: {}", t975(df));
        }
        assert!(t975(f64::NAN).is_nan());
        assert_eq!(t975(0.2), t975(1.0));
    }
}
