// @generated from Unicode 18.0.0 (the tables of the unicode-normalization crate, and
// regex-syntax's for the default-ignorable code points) by the test
// `text::tests::fold_table_is_what_unicode_normalization_generates`. Do not edit; regenerate with
// `MFLM_UPDATE_FOLD_TABLE=1 cargo test -p mflm-core fold_table`.

//! The folding data of [`crate::text`]: 8871 bytes in all.
//!
//! `FOLDS` and `FOLDED` give the folded form of each character of the Basic Multilingual
//! Plane whose folded form is not simply its lower case without combining marks (its letter
//! variants merged): 2980 characters, of which 177 fold to several characters (ligatures and
//! the like).

use crate::text::Fold::{self, Each, Next, Same};

/// The 493 runs of characters in the table: (first character, how many, how they fold,
/// offset of the run's segment in `FOLDED`), sorted by character. A segment ends where the
/// next run's starts.
#[rustfmt::skip]
pub(crate) static FOLDS: &[(u16, u8, Fold, u16)] = &[
    (0x00A0, 1, Same, 0), (0x00A8, 1, Same, 1), (0x00AA, 1, Same, 2), (0x00AF, 1, Same, 3),
    (0x00B2, 4, Each, 4), (0x00B8, 3, Each, 9), (0x00C0, 6, Same, 12), (0x00C7, 9, Each, 13),
    (0x00D1, 6, Each, 22), (0x00D9, 5, Each, 28), (0x00E0, 6, Same, 33), (0x00E7, 9, Each, 34),
    (0x00F1, 6, Each, 43), (0x00F9, 5, Each, 49), (0x00FF, 17, Each, 54), (0x0112, 10, Same, 71),
    (0x011C, 8, Same, 72), (0x0124, 2, Same, 73), (0x0128, 8, Same, 74), (0x0132, 2, Same, 75),
    (0x0134, 4, Each, 77), (0x0139, 6, Same, 81), (0x0143, 6, Same, 82), (0x0149, 1, Same, 83),
    (0x014C, 6, Same, 86), (0x0154, 6, Same, 87), (0x015A, 8, Same, 88), (0x0162, 4, Same, 89),
    (0x0168, 12, Same, 90), (0x0174, 12, Each, 91), (0x01A0, 2, Same, 103), (0x01AF, 2, Same, 104),
    (0x01C4, 3, Same, 105), (0x01C7, 3, Same, 107), (0x01CA, 3, Same, 109), (0x01CD, 6, Each, 111),
    (0x01D3, 10, Same, 117), (0x01DE, 4, Same, 118), (0x01E2, 2, Same, 119), (0x01E6, 11, Each, 121),
    (0x01F1, 3, Same, 134), (0x01F4, 2, Same, 136), (0x01F8, 4, Each, 137), (0x01FC, 2, Same, 141),
    (0x01FE, 30, Each, 143), (0x021E, 2, Same, 173), (0x0226, 14, Each, 174), (0x02B0, 9, Each, 188),
    (0x02D8, 6, Same, 201), (0x02E0, 5, Each, 202), (0x0374, 1, Same, 209), (0x037A, 1, Same, 211),
    (0x037E, 1, Same, 212), (0x0384, 7, Each, 213), (0x038C, 1, Same, 225), (0x038E, 3, Each, 227),
    (0x03AA, 7, Each, 233), (0x03CA, 5, Each, 247), (0x03D0, 7, Each, 257), (0x03F0, 3, Each, 271),
    (0x03F5, 1, Same, 277), (0x03F9, 1, Same, 279), (0x0400, 2, Same, 281), (0x0403, 1, Same, 283),
    (0x0407, 1, Same, 285), (0x040C, 3, Each, 287), (0x0419, 1, Same, 293), (0x0439, 1, Same, 295),
    (0x0450, 2, Same, 297), (0x0453, 1, Same, 299), (0x0457, 1, Same, 301), (0x045C, 3, Each, 303),
    (0x0476, 2, Same, 309), (0x04C1, 2, Same, 311), (0x04D0, 4, Same, 313), (0x04D6, 2, Same, 315),
    (0x04DA, 6, Each, 317), (0x04E2, 4, Same, 329), (0x04E6, 2, Same, 331), (0x04EA, 4, Each, 333),
    (0x04EE, 6, Same, 341), (0x04F4, 2, Same, 343), (0x04F8, 2, Same, 345), (0x0558, 1, Same, 347),
    (0x0587, 1, Same, 349), (0x058B, 2, Each, 353), (0x0622, 5, Each, 357), (0x0675, 4, Each, 367),
    (0x06C0, 1, Same, 383), (0x06C2, 1, Same, 385), (0x06D3, 1, Same, 387), (0x0929, 1, Same, 389),
    (0x0931, 1, Same, 392), (0x0934, 1, Same, 395), (0x0958, 3, Next, 398), (0x095B, 5, Each, 401),
    (0x09DC, 2, Next, 416), (0x09DF, 1, Same, 419), (0x0A33, 1, Same, 422), (0x0A36, 1, Same, 425),
    (0x0A59, 3, Each, 428), (0x0A5E, 1, Same, 437), (0x0B5C, 2, Next, 440), (0x0B94, 1, Same, 443),
    (0x0E33, 1, Same, 446), (0x0EB3, 1, Same, 449), (0x0EDC, 2, Each, 452), (0x0F0C, 1, Same, 464),
    (0x0F43, 1, Same, 467), (0x0F4D, 1, Same, 470), (0x0F52, 1, Same, 473), (0x0F57, 1, Same, 476),
    (0x0F5C, 1, Same, 479), (0x0F69, 1, Same, 482), (0x1026, 1, Same, 485), (0x10FC, 1, Same, 488),
    (0x1B06, 1, Same, 491), (0x1B08, 1, Same, 494), (0x1B0A, 1, Same, 497), (0x1B0C, 1, Same, 500),
    (0x1B0E, 1, Same, 503), (0x1B12, 1, Same, 506), (0x1D2C, 1, Same, 509), (0x1D2D, 1, Same, 510),
    (0x1D2E, 1, Same, 512), (0x1D30, 3, Each, 513), (0x1D33, 8, Next, 517), (0x1D3C, 18, Each, 518),
    (0x1D4F, 28, Each, 544), (0x1D78, 1, Same, 593), (0x1D9B, 37, Each, 595), (0x1E00, 10, Each, 669),
    (0x1E0A, 10, Same, 679), (0x1E14, 10, Same, 680), (0x1E1E, 58, Each, 681), (0x1E58, 8, Same, 739),
    (0x1E60, 10, Same, 740), (0x1E6A, 8, Same, 741), (0x1E72, 10, Same, 742), (0x1E7C, 4, Same, 743),
    (0x1E80, 10, Same, 744), (0x1E8A, 16, Each, 745), (0x1E9A, 1, Same, 761), (0x1E9B, 1, Same, 764),
    (0x1EA0, 24, Same, 765), (0x1EB8, 16, Same, 766), (0x1EC8, 4, Same, 767), (0x1ECC, 24, Same, 768),
    (0x1EE4, 14, Same, 769), (0x1EF2, 8, Same, 770), (0x1F00, 16, Same, 771), (0x1F10, 6, Same, 773),
    (0x1F18, 6, Same, 775), (0x1F20, 16, Same, 777), (0x1F30, 16, Same, 779), (0x1F40, 6, Same, 781),
    (0x1F48, 6, Same, 783), (0x1F50, 8, Same, 785), (0x1F59, 1, Same, 787), (0x1F5B, 1, Same, 789),
    (0x1F5D, 1, Same, 791), (0x1F5F, 1, Same, 793), (0x1F60, 16, Same, 795), (0x1F70, 14, Each, 797),
    (0x1F80, 16, Same, 825), (0x1F90, 16, Same, 827), (0x1FA0, 16, Same, 829), (0x1FB0, 5, Same, 831),
    (0x1FB6, 7, Same, 833), (0x1FBD, 8, Each, 835), (0x1FC6, 10, Each, 847), (0x1FD0, 4, Same, 864),
    (0x1FD6, 6, Same, 866), (0x1FDD, 19, Each, 868), (0x1FF2, 3, Same, 900), (0x1FF6, 9, Each, 902),
    (0x2000, 11, Same, 918), (0x2011, 1, Same, 919), (0x2017, 1, Same, 922), (0x2024, 1, Same, 923),
    (0x2025, 1, Same, 924), (0x2026, 1, Same, 926), (0x202F, 1, Same, 929), (0x2033, 1, Same, 930),
    (0x2034, 1, Same, 936), (0x2036, 1, Same, 945), (0x2037, 1, Same, 951), (0x203C, 1, Same, 960),
    (0x203E, 1, Same, 962), (0x2047, 3, Each, 963), (0x2057, 1, Same, 969), (0x205F, 1, Same, 981),
    (0x2070, 2, Each, 982), (0x2074, 27, Each, 984), (0x2090, 16, Each, 1015), (0x20A8, 1, Same, 1032),
    (0x2102, 1, Same, 1034), (0x2107, 1, Same, 1035), (0x210A, 10, Each, 1037), (0x2115, 1, Same, 1048),
    (0x2116, 1, Same, 1049), (0x2119, 5, Each, 1051), (0x2120, 1, Same, 1056), (0x2121, 1, Same, 1058),
    (0x2122, 1, Same, 1061), (0x2124, 1, Same, 1063), (0x2128, 1, Same, 1064), (0x212B, 3, Next, 1065),
    (0x212F, 3, Each, 1066), (0x2133, 7, Each, 1069), (0x213B, 1, Same, 1080), (0x213C, 5, Each, 1083),
    (0x2145, 5, Each, 1094), (0x2160, 1, Same, 1099), (0x2161, 1, Same, 1100), (0x2162, 1, Same, 1102),
    (0x2163, 1, Same, 1105), (0x2164, 1, Same, 1107), (0x2165, 1, Same, 1108), (0x2166, 1, Same, 1110),
    (0x2167, 1, Same, 1113), (0x2168, 1, Same, 1117), (0x2169, 1, Same, 1119), (0x216A, 1, Same, 1120),
    (0x216B, 1, Same, 1122), (0x216C, 5, Each, 1125), (0x2171, 1, Same, 1130), (0x2172, 1, Same, 1132),
    (0x2173, 1, Same, 1135), (0x2174, 1, Same, 1137), (0x2175, 1, Same, 1138), (0x2176, 1, Same, 1140),
    (0x2177, 1, Same, 1143), (0x2178, 1, Same, 1147), (0x2179, 1, Same, 1149), (0x217A, 1, Same, 1150),
    (0x217B, 1, Same, 1152), (0x217C, 4, Each, 1155), (0x219A, 2, Each, 1159), (0x21AE, 1, Same, 1165),
    (0x21CD, 3, Each, 1168), (0x2204, 1, Same, 1177), (0x2209, 1, Same, 1180), (0x220C, 1, Same, 1183),
    (0x2224, 1, Same, 1186), (0x2226, 1, Same, 1189), (0x222C, 1, Same, 1192), (0x222D, 1, Same, 1198),
    (0x222F, 1, Same, 1207), (0x2230, 1, Same, 1213), (0x2241, 1, Same, 1222), (0x2244, 1, Same, 1225),
    (0x2247, 1, Same, 1228), (0x2249, 1, Same, 1231), (0x2260, 1, Same, 1234), (0x2262, 1, Same, 1235),
    (0x226D, 5, Each, 1238), (0x2274, 2, Next, 1249), (0x2278, 2, Next, 1252), (0x2280, 2, Next, 1255),
    (0x2284, 2, Next, 1258), (0x2288, 2, Next, 1261), (0x22AC, 4, Each, 1264), (0x22E0, 2, Next, 1276),
    (0x22E2, 2, Next, 1279), (0x22EA, 4, Next, 1282), (0x2329, 2, Next, 1285), (0x2460, 9, Next, 1288),
    (0x2469, 11, Each, 1289), (0x24B6, 26, Next, 1311), (0x24D0, 26, Next, 1312), (0x24EA, 1, Same, 1313),
    (0x2A0C, 1, Same, 1314), (0x2A74, 1, Same, 1326), (0x2A75, 1, Same, 1329), (0x2A76, 1, Same, 1331),
    (0x2ADC, 1, Same, 1334), (0x2C7C, 2, Each, 1337), (0x2D6F, 1, Same, 1339), (0x2E9F, 1, Same, 1342),
    (0x2EF3, 1, Same, 1345), (0x2F00, 64, Each, 1348), (0x2F40, 64, Each, 1540), (0x2F80, 64, Each, 1732),
    (0x2FC0, 22, Each, 1924), (0x3000, 1, Same, 1990), (0x3036, 1, Same, 1991), (0x3038, 3, Each, 1994),
    (0x304C, 1, Same, 2003), (0x304E, 1, Same, 2006), (0x3050, 1, Same, 2009), (0x3052, 1, Same, 2012),
    (0x3054, 1, Same, 2015), (0x3056, 1, Same, 2018), (0x3058, 1, Same, 2021), (0x305A, 1, Same, 2024),
    (0x305C, 1, Same, 2027), (0x305E, 1, Same, 2030), (0x3060, 1, Same, 2033), (0x3062, 1, Same, 2036),
    (0x3065, 1, Same, 2039), (0x3067, 1, Same, 2042), (0x3069, 1, Same, 2045), (0x3070, 2, Same, 2048),
    (0x3073, 2, Same, 2051), (0x3076, 2, Same, 2054), (0x3079, 2, Same, 2057), (0x307C, 2, Same, 2060),
    (0x3094, 1, Same, 2063), (0x309B, 2, Same, 2066), (0x309E, 1, Same, 2067), (0x309F, 1, Same, 2070),
    (0x30AC, 1, Same, 2076), (0x30AE, 1, Same, 2079), (0x30B0, 1, Same, 2082), (0x30B2, 1, Same, 2085),
    (0x30B4, 1, Same, 2088), (0x30B6, 1, Same, 2091), (0x30B8, 1, Same, 2094), (0x30BA, 1, Same, 2097),
    (0x30BC, 1, Same, 2100), (0x30BE, 1, Same, 2103), (0x30C0, 1, Same, 2106), (0x30C2, 1, Same, 2109),
    (0x30C5, 1, Same, 2112), (0x30C7, 1, Same, 2115), (0x30C9, 1, Same, 2118), (0x30D0, 2, Same, 2121),
    (0x30D3, 2, Same, 2124), (0x30D6, 2, Same, 2127), (0x30D9, 2, Same, 2130), (0x30DC, 2, Same, 2133),
    (0x30F4, 1, Same, 2136), (0x30F7, 4, Next, 2139), (0x30FE, 1, Same, 2142), (0x30FF, 1, Same, 2145),
    (0x3131, 6, Each, 2151), (0x3137, 3, Next, 2169), (0x313A, 6, Next, 2172), (0x3140, 5, Each, 2175),
    (0x3145, 10, Next, 2190), (0x314F, 21, Next, 2193), (0x3165, 19, Each, 2196), (0x3178, 5, Next, 2253),
    (0x317D, 18, Each, 2256), (0x3192, 14, Each, 2310), (0x3244, 4, Each, 2352), (0x3250, 1, Same, 2364),
    (0x3251, 15, Each, 2367), (0x3260, 9, Each, 2397), (0x3269, 5, Next, 2424), (0x326E, 14, Each, 2427),
    (0x327C, 2, Each, 2469), (0x327E, 1, Same, 2481), (0x3280, 49, Each, 2484), (0x32B1, 24, Each, 2631),
    (0x32C9, 3, Each, 2697), (0x32CC, 1, Same, 2712), (0x32CD, 1, Same, 2714), (0x32CE, 1, Same, 2717),
    (0x32CF, 1, Same, 2719), (0x32D0, 20, Each, 2722), (0x32E4, 6, Next, 2782), (0x32EA, 4, Each, 2785),
    (0x32EE, 5, Next, 2797), (0x32F3, 2, Each, 2800), (0x32F5, 6, Next, 2806), (0x32FB, 4, Next, 2809),
    (0x32FF, 1, Same, 2812), (0xA69C, 2, Each, 2818), (0xA770, 1, Same, 2822), (0xA7F1, 4, Each, 2825),
    (0xA7F8, 1, Same, 2829), (0xA7F9, 1, Same, 2831), (0xAB5C, 4, Each, 2833), (0xAB69, 1, Same, 2844),
    (0xF900, 64, Each, 2846), (0xF940, 64, Each, 3038), (0xF980, 64, Each, 3230), (0xF9C0, 64, Each, 3422),
    (0xFA00, 14, Each, 3614), (0xFA10, 1, Same, 3656), (0xFA12, 1, Same, 3659), (0xFA15, 10, Each, 3662),
    (0xFA20, 1, Same, 3692), (0xFA22, 1, Same, 3695), (0xFA25, 2, Each, 3698), (0xFA2A, 64, Each, 3704),
    (0xFA6A, 4, Each, 3896), (0xFA70, 64, Each, 3909), (0xFAB0, 42, Each, 4101), (0xFB00, 3, Each, 4233),
    (0xFB03, 2, Each, 4239), (0xFB05, 2, Same, 4245), (0xFB13, 5, Each, 4247), (0xFB1D, 1, Same, 4267),
    (0xFB1F, 17, Each, 4269), (0xFB30, 7, Next, 4302), (0xFB38, 5, Next, 4304), (0xFB3E, 1, Same, 4306),
    (0xFB40, 2, Next, 4308), (0xFB43, 2, Next, 4310), (0xFB46, 5, Next, 4312), (0xFB4B, 4, Each, 4314),
    (0xFB4F, 1, Same, 4322), (0xFB50, 2, Same, 4326), (0xFB52, 4, Same, 4328), (0xFB56, 4, Same, 4330),
    (0xFB5A, 4, Same, 4332), (0xFB5E, 4, Same, 4334), (0xFB62, 4, Same, 4336), (0xFB66, 4, Same, 4338),
    (0xFB6A, 4, Same, 4340), (0xFB6E, 4, Same, 4342), (0xFB72, 4, Same, 4344), (0xFB76, 4, Same, 4346),
    (0xFB7A, 4, Same, 4348), (0xFB7E, 4, Same, 4350), (0xFB82, 36, Each, 4352), (0xFBA6, 4, Same, 4424),
    (0xFBAA, 4, Same, 4426), (0xFBAE, 4, Same, 4428), (0xFBD3, 4, Same, 4430), (0xFBD7, 6, Each, 4432),
    (0xFBDD, 1, Same, 4444), (0xFBDE, 12, Each, 4448), (0xFBEA, 12, Each, 4472), (0xFBF6, 3, Same, 4520),
    (0xFBF9, 3, Same, 4524), (0xFBFC, 4, Same, 4528), (0xFE10, 9, Each, 4530), (0xFE19, 1, Same, 4547),
    (0xFE30, 1, Same, 4550), (0xFE31, 16, Each, 4552), (0xFE41, 4, Next, 4588), (0xFE47, 12, Each, 4591),
    (0xFE54, 19, Each, 4605), (0xFE68, 4, Each, 4630), (0xFE70, 1, Same, 4634), (0xFE71, 1, Same, 4635),
    (0xFE72, 1, Same, 4635), (0xFE74, 1, Same, 4636), (0xFE76, 1, Same, 4637), (0xFE77, 1, Same, 4638),
    (0xFE78, 1, Same, 4638), (0xFE79, 1, Same, 4639), (0xFE7A, 1, Same, 4639), (0xFE7B, 1, Same, 4640),
    (0xFE7C, 1, Same, 4640), (0xFE7D, 1, Same, 4641), (0xFE7E, 1, Same, 4641), (0xFE7F, 1, Same, 4642),
    (0xFE80, 49, Each, 4642), (0xFEB1, 4, Same, 4740), (0xFEB5, 4, Same, 4742), (0xFEB9, 4, Same, 4744),
    (0xFEBD, 4, Same, 4746), (0xFEC1, 4, Same, 4748), (0xFEC5, 4, Same, 4750), (0xFEC9, 4, Same, 4752),
    (0xFECD, 4, Same, 4754), (0xFED1, 4, Same, 4756), (0xFED5, 4, Same, 4758), (0xFED9, 4, Same, 4760),
    (0xFEDD, 4, Same, 4762), (0xFEE1, 4, Same, 4764), (0xFEE5, 4, Same, 4766), (0xFEE9, 4, Same, 4768),
    (0xFEED, 2, Same, 4770), (0xFEEF, 6, Same, 4772), (0xFEF5, 8, Same, 4774), (0xFF01, 32, Next, 4778),
    (0xFF21, 26, Next, 4779), (0xFF3B, 36, Next, 4780), (0xFF5F, 38, Each, 4781), (0xFF85, 6, Next, 4895),
    (0xFF8B, 4, Each, 4898), (0xFF8F, 5, Next, 4910), (0xFF94, 2, Each, 4913), (0xFF96, 6, Next, 4919),
    (0xFF9C, 2, Each, 4922), (0xFF9E, 2, Same, 4928), (0xFFA1, 6, Each, 4928), (0xFFA7, 3, Next, 4946),
    (0xFFAA, 6, Next, 4949), (0xFFB0, 5, Each, 4952), (0xFFB5, 10, Next, 4967), (0xFFC2, 6, Next, 4970),
    (0xFFCA, 6, Next, 4973), (0xFFD2, 6, Next, 4976), (0xFFDA, 3, Next, 4979), (0xFFE0, 7, Each, 4982),
    (0xFFE8, 7, Each, 4996),
];

/// The runs' segments, one after the other (5017 bytes).
#[rustfmt::skip]
pub(crate) static FOLDED: &str = concat!(
    " ", // U+00A0
    " ", // U+00A8
    "a", // U+00AA
    " ", // U+00AF
    "23 μ", // U+00B2..U+00B5
    " 1o", // U+00B8..U+00BA
    "a", // U+00C0..U+00C5
    "ceeeeiiii", // U+00C7..U+00CF
    "nooooo", // U+00D1..U+00D6
    "uuuuy", // U+00D9..U+00DD
    "a", // U+00E0..U+00E5
    "ceeeeiiii", // U+00E7..U+00EF
    "nooooo", // U+00F1..U+00F6
    "uuuuy", // U+00F9..U+00FD
    "yaaaaaaccccccccdd", // U+00FF..U+010F
    "e", // U+0112..U+011B
    "g", // U+011C..U+0123
    "h", // U+0124..U+0125
    "i", // U+0128..U+012F
    "ij", // U+0132..U+0133
    "jjkk", // U+0134..U+0137
    "l", // U+0139..U+013E
    "n", // U+0143..U+0148
    "ʼn", // U+0149
    "o", // U+014C..U+0151
    "r", // U+0154..U+0159
    "s", // U+015A..U+0161
    "t", // U+0162..U+0165
    "u", // U+0168..U+0173
    "wwyyyzzzzzzs", // U+0174..U+017F
    "o", // U+01A0..U+01A1
    "u", // U+01AF..U+01B0
    "dz", // U+01C4..U+01C6
    "lj", // U+01C7..U+01C9
    "nj", // U+01CA..U+01CC
    "aaiioo", // U+01CD..U+01D2
    "u", // U+01D3..U+01DC
    "a", // U+01DE..U+01E1
    "ae", // U+01E2..U+01E3
    "ggkkooooʒʒj", // U+01E6..U+01F0
    "dz", // U+01F1..U+01F3
    "g", // U+01F4..U+01F5
    "nnaa", // U+01F8..U+01FB
    "ae", // U+01FC..U+01FD
    "ooaaaaeeeeiiiioooorrrruuuusstt", // U+01FE..U+021B
    "h", // U+021E..U+021F
    "aaeeooooooooyy", // U+0226..U+0233
    "hɦjrɹɻʁwy", // U+02B0..U+02B8
    " ", // U+02D8..U+02DD
    "ɣlsxʕ", // U+02E0..U+02E4
    "ʹ", // U+0374
    " ", // U+037A
    ";", // U+037E
    "  α·εηι", // U+0384..U+038A
    "ο", // U+038C
    "υωι", // U+038E..U+0390
    "ιυαεηιυ", // U+03AA..U+03B0
    "ιυουω", // U+03CA..U+03CE
    "βθυυυφπ", // U+03D0..U+03D6
    "κρσ", // U+03F0..U+03F2
    "ε", // U+03F5
    "σ", // U+03F9
    "е", // U+0400..U+0401
    "г", // U+0403
    "і", // U+0407
    "киу", // U+040C..U+040E
    "и", // U+0419
    "и", // U+0439
    "е", // U+0450..U+0451
    "г", // U+0453
    "і", // U+0457
    "киу", // U+045C..U+045E
    "ѵ", // U+0476..U+0477
    "ж", // U+04C1..U+04C2
    "а", // U+04D0..U+04D3
    "е", // U+04D6..U+04D7
    "әәжжзз", // U+04DA..U+04DF
    "и", // U+04E2..U+04E5
    "о", // U+04E6..U+04E7
    "өөээ", // U+04EA..U+04ED
    "у", // U+04EE..U+04F3
    "ч", // U+04F4..U+04F5
    "ы", // U+04F8..U+04F9
    "է", // U+0558
    "եւ", // U+0587
    "իյ", // U+058B..U+058C
    "ااواي", // U+0622..U+0626
    "اٴوٴۇٴيٴ", // U+0675..U+0678
    "ە", // U+06C0
    "ہ", // U+06C2
    "ے", // U+06D3
    "न", // U+0929
    "र", // U+0931
    "ळ", // U+0934
    "क", // U+0958..U+095A
    "जडढफय", // U+095B..U+095F
    "ড", // U+09DC..U+09DD
    "য", // U+09DF
    "ਲ", // U+0A33
    "ਸ", // U+0A36
    "ਖਗਜ", // U+0A59..U+0A5B
    "ਫ", // U+0A5E
    "ଡ", // U+0B5C..U+0B5D
    "ஒ", // U+0B94
    "า", // U+0E33
    "າ", // U+0EB3
    "ຫນຫມ", // U+0EDC..U+0EDD
    "་", // U+0F0C
    "ག", // U+0F43
    "ཌ", // U+0F4D
    "ད", // U+0F52
    "བ", // U+0F57
    "ཛ", // U+0F5C
    "ཀ", // U+0F69
    "ဥ", // U+1026
    "ნ", // U+10FC
    "ᬅ", // U+1B06
    "ᬇ", // U+1B08
    "ᬉ", // U+1B0A
    "ᬋ", // U+1B0C
    "ᬍ", // U+1B0E
    "ᬑ", // U+1B12
    "a", // U+1D2C
    "ae", // U+1D2D
    "b", // U+1D2E
    "deǝ", // U+1D30..U+1D32
    "g", // U+1D33..U+1D3A
    "oȣprtuwaɐɑᴂbdeəɛɜg", // U+1D3C..U+1D4D
    "kmŋoɔᴖᴗptuᴝɯvᴥβγδφχiruvβγρφχ", // U+1D4F..U+1D6A
    "н", // U+1D78
    "ɒcɕðɜfɟɡɥɨɩɪᵻʝɭᶅʟɱɰɲɳɴɵɸʂʃƫʉʊᴜʋʌzʐʑʒθ", // U+1D9B..U+1DBF
    "aabbbbbbcc", // U+1E00..U+1E09
    "d", // U+1E0A..U+1E13
    "e", // U+1E14..U+1E1D
    "ffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppp", // U+1E1E..U+1E57
    "r", // U+1E58..U+1E5F
    "s", // U+1E60..U+1E69
    "t", // U+1E6A..U+1E71
    "u", // U+1E72..U+1E7B
    "v", // U+1E7C..U+1E7F
    "w", // U+1E80..U+1E89
    "xxxxyyzzzzzzhtwy", // U+1E8A..U+1E99
    "aʾ", // U+1E9A
    "s", // U+1E9B
    "a", // U+1EA0..U+1EB7
    "e", // U+1EB8..U+1EC7
    "i", // U+1EC8..U+1ECB
    "o", // U+1ECC..U+1EE3
    "u", // U+1EE4..U+1EF1
    "y", // U+1EF2..U+1EF9
    "α", // U+1F00..U+1F0F
    "ε", // U+1F10..U+1F15
    "ε", // U+1F18..U+1F1D
    "η", // U+1F20..U+1F2F
    "ι", // U+1F30..U+1F3F
    "ο", // U+1F40..U+1F45
    "ο", // U+1F48..U+1F4D
    "υ", // U+1F50..U+1F57
    "υ", // U+1F59
    "υ", // U+1F5B
    "υ", // U+1F5D
    "υ", // U+1F5F
    "ω", // U+1F60..U+1F6F
    "ααεεηηιιοουυωω", // U+1F70..U+1F7D
    "α", // U+1F80..U+1F8F
    "η", // U+1F90..U+1F9F
    "ω", // U+1FA0..U+1FAF
    "α", // U+1FB0..U+1FB4
    "α", // U+1FB6..U+1FBC
    " ι   ηηη", // U+1FBD..U+1FC4
    "ηηεεηηη   ", // U+1FC6..U+1FCF
    "ι", // U+1FD0..U+1FD3
    "ι", // U+1FD6..U+1FDB
    "   υυυυρρυυυυυυρ  `", // U+1FDD..U+1FEF
    "ω", // U+1FF2..U+1FF4
    "ωωοοωωω  ", // U+1FF6..U+1FFE
    " ", // U+2000..U+200A
    "‐", // U+2011
    " ", // U+2017
    ".", // U+2024
    "..", // U+2025
    "...", // U+2026
    " ", // U+202F
    "′′", // U+2033
    "′′′", // U+2034
    "‵‵", // U+2036
    "‵‵‵", // U+2037
    "!!", // U+203C
    " ", // U+203E
    "???!!?", // U+2047..U+2049
    "′′′′", // U+2057
    " ", // U+205F
    "0i", // U+2070..U+2071
    "456789+−=()n0123456789+−=()", // U+2074..U+208E
    "aeoxəhklmnpstwyz", // U+2090..U+209F
    "rs", // U+20A8
    "c", // U+2102
    "ɛ", // U+2107
    "ghhhhħiill", // U+210A..U+2113
    "n", // U+2115
    "no", // U+2116
    "pqrrr", // U+2119..U+211D
    "sm", // U+2120
    "tel", // U+2121
    "tm", // U+2122
    "z", // U+2124
    "z", // U+2128
    "a", // U+212B..U+212D
    "eef", // U+212F..U+2131
    "moאבגדi", // U+2133..U+2139
    "fax", // U+213B
    "πγγπ∑", // U+213C..U+2140
    "ddeij", // U+2145..U+2149
    "i", // U+2160
    "ii", // U+2161
    "iii", // U+2162
    "iv", // U+2163
    "v", // U+2164
    "vi", // U+2165
    "vii", // U+2166
    "viii", // U+2167
    "ix", // U+2168
    "x", // U+2169
    "xi", // U+216A
    "xii", // U+216B
    "lcdmi", // U+216C..U+2170
    "ii", // U+2171
    "iii", // U+2172
    "iv", // U+2173
    "v", // U+2174
    "vi", // U+2175
    "vii", // U+2176
    "viii", // U+2177
    "ix", // U+2178
    "x", // U+2179
    "xi", // U+217A
    "xii", // U+217B
    "lcdm", // U+217C..U+217F
    "←→", // U+219A..U+219B
    "↔", // U+21AE
    "⇐⇔⇒", // U+21CD..U+21CF
    "∃", // U+2204
    "∈", // U+2209
    "∋", // U+220C
    "∣", // U+2224
    "∥", // U+2226
    "∫∫", // U+222C
    "∫∫∫", // U+222D
    "∮∮", // U+222F
    "∮∮∮", // U+2230
    "∼", // U+2241
    "≃", // U+2244
    "≅", // U+2247
    "≈", // U+2249
    "=", // U+2260
    "≡", // U+2262
    "≍<>≤≥", // U+226D..U+2271
    "≲", // U+2274..U+2275
    "≶", // U+2278..U+2279
    "≺", // U+2280..U+2281
    "⊂", // U+2284..U+2285
    "⊆", // U+2288..U+2289
    "⊢⊨⊩⊫", // U+22AC..U+22AF
    "≼", // U+22E0..U+22E1
    "⊑", // U+22E2..U+22E3
    "⊲", // U+22EA..U+22ED
    "〈", // U+2329..U+232A
    "1", // U+2460..U+2468
    "1011121314151617181920", // U+2469..U+2473
    "a", // U+24B6..U+24CF
    "a", // U+24D0..U+24E9
    "0", // U+24EA
    "∫∫∫∫", // U+2A0C
    "::=", // U+2A74
    "==", // U+2A75
    "===", // U+2A76
    "⫝", // U+2ADC
    "jv", // U+2C7C..U+2C7D
    "ⵡ", // U+2D6F
    "母", // U+2E9F
    "龟", // U+2EF3
    "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手", // U+2F00..U+2F3F
    "支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳", // U+2F40..U+2F7F
    "聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯", // U+2F80..U+2FBF
    "鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠", // U+2FC0..U+2FD5
    " ", // U+3000
    "〒", // U+3036
    "十卄卅", // U+3038..U+303A
    "か", // U+304C
    "き", // U+304E
    "く", // U+3050
    "け", // U+3052
    "こ", // U+3054
    "さ", // U+3056
    "し", // U+3058
    "す", // U+305A
    "せ", // U+305C
    "そ", // U+305E
    "た", // U+3060
    "ち", // U+3062
    "つ", // U+3065
    "て", // U+3067
    "と", // U+3069
    "は", // U+3070..U+3071
    "ひ", // U+3073..U+3074
    "ふ", // U+3076..U+3077
    "へ", // U+3079..U+307A
    "ほ", // U+307C..U+307D
    "う", // U+3094
    " ", // U+309B..U+309C
    "ゝ", // U+309E
    "より", // U+309F
    "カ", // U+30AC
    "キ", // U+30AE
    "ク", // U+30B0
    "ケ", // U+30B2
    "コ", // U+30B4
    "サ", // U+30B6
    "シ", // U+30B8
    "ス", // U+30BA
    "セ", // U+30BC
    "ソ", // U+30BE
    "タ", // U+30C0
    "チ", // U+30C2
    "ツ", // U+30C5
    "テ", // U+30C7
    "ト", // U+30C9
    "ハ", // U+30D0..U+30D1
    "ヒ", // U+30D3..U+30D4
    "フ", // U+30D6..U+30D7
    "ヘ", // U+30D9..U+30DA
    "ホ", // U+30DC..U+30DD
    "ウ", // U+30F4
    "ワ", // U+30F7..U+30FA
    "ヽ", // U+30FE
    "コト", // U+30FF
    "ᄀᄁᆪᄂᆬᆭ", // U+3131..U+3136
    "ᄃ", // U+3137..U+3139
    "ᆰ", // U+313A..U+313F
    "ᄚᄆᄇᄈᄡ", // U+3140..U+3144
    "ᄉ", // U+3145..U+314E
    "ᅡ", // U+314F..U+3163
    "ᄔᄕᇇᇈᇌᇎᇓᇗᇙᄜᇝᇟᄝᄞᄠᄢᄣᄧᄩ", // U+3165..U+3177
    "ᄫ", // U+3178..U+317C
    "ᄲᄶᅀᅇᅌᇱᇲᅗᅘᅙᆄᆅᆈᆑᆒᆔᆞᆡ", // U+317D..U+318E
    "一二三四上中下甲乙丙丁天地人", // U+3192..U+319F
    "問幼文箏", // U+3244..U+3247
    "pte", // U+3250
    "212223242526272829303132333435", // U+3251..U+325F
    "ᄀᄂᄃᄅᄆᄇᄉᄋᄌ", // U+3260..U+3268
    "ᄎ", // U+3269..U+326D
    "가나다라마바사아자차카타파하", // U+326E..U+327B
    "참고주의", // U+327C..U+327D
    "우", // U+327E
    "一二三四五六七八九十月火水木金土日株有社名特財祝労秘男女適優印注項休写正上中下左右医宗学監企資協夜", // U+3280..U+32B0
    "3637383940414243444546474849501月2月3月4月5月6月7月8月9月", // U+32B1..U+32C8
    "10月11月12月", // U+32C9..U+32CB
    "hg", // U+32CC
    "erg", // U+32CD
    "ev", // U+32CE
    "ltd", // U+32CF
    "アイウエオカキクケコサシスセソタチツテト", // U+32D0..U+32E3
    "ナ", // U+32E4..U+32E9
    "ヒフヘホ", // U+32EA..U+32ED
    "マ", // U+32EE..U+32F2
    "ヤユ", // U+32F3..U+32F4
    "ヨ", // U+32F5..U+32FA
    "ワ", // U+32FB..U+32FE
    "令和", // U+32FF
    "ъь", // U+A69C..U+A69D
    "ꝯ", // U+A770
    "scfq", // U+A7F1..U+A7F4
    "ħ", // U+A7F8
    "oe", // U+A7F9
    "ꜧꬷɫꭒ", // U+AB5C..U+AB5F
    "ʍ", // U+AB69
    "豈更車賈滑串句龜龜契金喇奈懶癩羅蘿螺裸邏樂洛烙珞落酪駱亂卵欄爛蘭鸞嵐濫藍襤拉臘蠟廊朗浪狼郎來冷勞擄櫓爐盧老蘆虜路露魯鷺碌祿綠菉錄", // U+F900..U+F93F
    "鹿論壟弄籠聾牢磊賂雷壘屢樓淚漏累縷陋勒肋凜凌稜綾菱陵讀拏樂諾丹寧怒率異北磻便復不泌數索參塞省葉說殺辰沈拾若掠略亮兩凉梁糧良諒量勵", // U+F940..U+F97F
    "呂女廬旅濾礪閭驪麗黎力曆歷轢年憐戀撚漣煉璉秊練聯輦蓮連鍊列劣咽烈裂說廉念捻殮簾獵令囹寧嶺怜玲瑩羚聆鈴零靈領例禮醴隸惡了僚寮尿料樂", // U+F980..U+F9BF
    "燎療蓼遼龍暈阮劉杻柳流溜琉留硫紐類六戮陸倫崙淪輪律慄栗率隆利吏履易李梨泥理痢罹裏裡里離匿溺吝燐璘藺隣鱗麟林淋臨立笠粒狀炙識什茶刺", // U+F9C0..U+F9FF
    "切度拓糖宅洞暴輻行降見廓兀嗀", // U+FA00..U+FA0D
    "塚", // U+FA10
    "晴", // U+FA12
    "凞猪益礼神祥福靖精羽", // U+FA15..U+FA1E
    "蘒", // U+FA20
    "諸", // U+FA22
    "逸都", // U+FA25..U+FA26
    "飯飼館鶴郞隷侮僧免勉勤卑喝嘆器塀墨層屮悔慨憎懲敏既暑梅海渚漢煮爫琢碑社祉祈祐祖祝禍禎穀突節練縉繁署者臭艹艹著褐視謁謹賓贈辶逸難響", // U+FA2A..U+FA69
    "頻恵𤋮舘", // U+FA6A..U+FA6D
    "並况全侀充冀勇勺喝啕喙嗢塚墳奄奔婢嬨廒廙彩徭惘慎愈憎慠懲戴揄搜摒敖晴朗望杖歹殺流滛滋漢瀞煮瞧爵犯猪瑱甆画瘝瘟益盛直睊着磌窱節类絛", // U+FA70..U+FAAF
    "練缾者荒華蝹襁覆視調諸請謁諾諭謹變贈輸遲醙鉶陼難靖韛響頋頻鬒龜𢡊𢡄𣏕㮝䀘䀹𥉉𥳐𧻓齃龎", // U+FAB0..U+FAD9
    "fffifl", // U+FB00..U+FB02
    "ffiffl", // U+FB03..U+FB04
    "st", // U+FB05..U+FB06
    "մնմեմիվնմխ", // U+FB13..U+FB17
    "י", // U+FB1D
    "ײעאדהכלםרת+ששששאא", // U+FB1F..U+FB2F
    "א", // U+FB30..U+FB36
    "ט", // U+FB38..U+FB3C
    "מ", // U+FB3E
    "נ", // U+FB40..U+FB41
    "ף", // U+FB43..U+FB44
    "צ", // U+FB46..U+FB4A
    "ובכפ", // U+FB4B..U+FB4E
    "אל", // U+FB4F
    "ا", // U+FB50..U+FB51
    "ٻ", // U+FB52..U+FB55
    "پ", // U+FB56..U+FB59
    "ڀ", // U+FB5A..U+FB5D
    "ٺ", // U+FB5E..U+FB61
    "ٿ", // U+FB62..U+FB65
    "ٹ", // U+FB66..U+FB69
    "ڤ", // U+FB6A..U+FB6D
    "ڦ", // U+FB6E..U+FB71
    "ڄ", // U+FB72..U+FB75
    "ڃ", // U+FB76..U+FB79
    "چ", // U+FB7A..U+FB7D
    "ڇ", // U+FB7E..U+FB81
    "ڍڍڌڌڎڎڈڈژژڑڑککککگگگگڳڳڳڳڱڱڱڱںںڻڻڻڻەە", // U+FB82..U+FBA5
    "ہ", // U+FBA6..U+FBA9
    "ھ", // U+FBAA..U+FBAD
    "ے", // U+FBAE..U+FBB1
    "ڭ", // U+FBD3..U+FBD6
    "ۇۇۆۆۈۈ", // U+FBD7..U+FBDC
    "ۇٴ", // U+FBDD
    "ۋۋۅۅۉۉېېېېيي", // U+FBDE..U+FBE9
    "يايايەيەيويويۇيۇيۆيۆيۈيۈ", // U+FBEA..U+FBF5
    "يې", // U+FBF6..U+FBF8
    "يي", // U+FBF9..U+FBFB
    "ی", // U+FBFC..U+FBFF
    ",、。:;!?〖〗", // U+FE10..U+FE18
    "...", // U+FE19
    "..", // U+FE30
    "—–__(){}〔〕【】《》〈〉", // U+FE31..U+FE40
    "「", // U+FE41..U+FE44
    "[]    ___,、.", // U+FE47..U+FE52
    ";:?!—(){}〔〕#&*+-<>=", // U+FE54..U+FE66
    "\\$%@", // U+FE68..U+FE6B
    " ", // U+FE70
    "", // U+FE71
    " ", // U+FE72
    " ", // U+FE74
    " ", // U+FE76
    "", // U+FE77
    " ", // U+FE78
    "", // U+FE79
    " ", // U+FE7A
    "", // U+FE7B
    " ", // U+FE7C
    "", // U+FE7D
    " ", // U+FE7E
    "", // U+FE7F
    "ءااااووااييييااببببههتتتتثثثثججججححححخخخخددذذررزز", // U+FE80..U+FEB0
    "س", // U+FEB1..U+FEB4
    "ش", // U+FEB5..U+FEB8
    "ص", // U+FEB9..U+FEBC
    "ض", // U+FEBD..U+FEC0
    "ط", // U+FEC1..U+FEC4
    "ظ", // U+FEC5..U+FEC8
    "ع", // U+FEC9..U+FECC
    "غ", // U+FECD..U+FED0
    "ف", // U+FED1..U+FED4
    "ق", // U+FED5..U+FED8
    "ك", // U+FED9..U+FEDC
    "ل", // U+FEDD..U+FEE0
    "م", // U+FEE1..U+FEE4
    "ن", // U+FEE5..U+FEE8
    "ه", // U+FEE9..U+FEEC
    "و", // U+FEED..U+FEEE
    "ي", // U+FEEF..U+FEF4
    "لا", // U+FEF5..U+FEFC
    "!", // U+FF01..U+FF20
    "a", // U+FF21..U+FF3A
    "[", // U+FF3B..U+FF5E
    "⦅⦆。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテト", // U+FF5F..U+FF84
    "ナ", // U+FF85..U+FF8A
    "ヒフヘホ", // U+FF8B..U+FF8E
    "マ", // U+FF8F..U+FF93
    "ヤユ", // U+FF94..U+FF95
    "ヨ", // U+FF96..U+FF9B
    "ワン", // U+FF9C..U+FF9D
    "", // U+FF9E..U+FF9F
    "ᄀᄁᆪᄂᆬᆭ", // U+FFA1..U+FFA6
    "ᄃ", // U+FFA7..U+FFA9
    "ᆰ", // U+FFAA..U+FFAF
    "ᄚᄆᄇᄈᄡ", // U+FFB0..U+FFB4
    "ᄉ", // U+FFB5..U+FFBE
    "ᅡ", // U+FFC2..U+FFC7
    "ᅧ", // U+FFCA..U+FFCF
    "ᅭ", // U+FFD2..U+FFD7
    "ᅳ", // U+FFDA..U+FFDC
    "¢£¬ ¦¥₩", // U+FFE0..U+FFE6
    "│←↑→↓■○", // U+FFE8..U+FFEE
);

/// The 190 ranges of combining marks (general category M): sorted, disjoint, inclusive.
#[rustfmt::skip]
pub(crate) static COMBINING_MARKS: &[(u16, u16)] = &[
    (0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05BD), (0x05BF, 0x05BF), (0x05C1, 0x05C2),
    (0x05C4, 0x05C5), (0x05C7, 0x05C9), (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670),
    (0x06D6, 0x06DC), (0x06DF, 0x06E4), (0x06E7, 0x06E8), (0x06EA, 0x06ED), (0x0711, 0x0711),
    (0x0730, 0x074A), (0x07A6, 0x07B0), (0x07EB, 0x07F3), (0x07FD, 0x07FD), (0x0816, 0x0819),
    (0x081B, 0x0823), (0x0825, 0x0827), (0x0829, 0x082D), (0x0859, 0x085B), (0x0897, 0x089F),
    (0x08CA, 0x08E1), (0x08E3, 0x0903), (0x093A, 0x093C), (0x093E, 0x094F), (0x0951, 0x0957),
    (0x0962, 0x0963), (0x0981, 0x0983), (0x09BC, 0x09BC), (0x09BE, 0x09C4), (0x09C7, 0x09C8),
    (0x09CB, 0x09CD), (0x09D7, 0x09D7), (0x09E2, 0x09E3), (0x09FE, 0x09FE), (0x0A01, 0x0A03),
    (0x0A3C, 0x0A3C), (0x0A3E, 0x0A42), (0x0A47, 0x0A48), (0x0A4B, 0x0A4D), (0x0A51, 0x0A51),
    (0x0A70, 0x0A71), (0x0A75, 0x0A75), (0x0A81, 0x0A83), (0x0ABC, 0x0ABC), (0x0ABE, 0x0AC5),
    (0x0AC7, 0x0AC9), (0x0ACB, 0x0ACD), (0x0AE2, 0x0AE3), (0x0AFA, 0x0AFF), (0x0B01, 0x0B03),
    (0x0B3C, 0x0B3C), (0x0B3E, 0x0B44), (0x0B47, 0x0B48), (0x0B4B, 0x0B4D), (0x0B53, 0x0B57),
    (0x0B62, 0x0B63), (0x0B82, 0x0B82), (0x0BBE, 0x0BC2), (0x0BC6, 0x0BC8), (0x0BCA, 0x0BCD),
    (0x0BD7, 0x0BD7), (0x0C00, 0x0C04), (0x0C3C, 0x0C3C), (0x0C3E, 0x0C44), (0x0C46, 0x0C48),
    (0x0C4A, 0x0C4D), (0x0C55, 0x0C56), (0x0C62, 0x0C63), (0x0C81, 0x0C83), (0x0CBC, 0x0CBC),
    (0x0CBE, 0x0CC4), (0x0CC6, 0x0CC8), (0x0CCA, 0x0CCD), (0x0CD5, 0x0CD6), (0x0CE2, 0x0CE3),
    (0x0CF3, 0x0CF3), (0x0D00, 0x0D03), (0x0D3B, 0x0D3C), (0x0D3E, 0x0D44), (0x0D46, 0x0D48),
    (0x0D4A, 0x0D4D), (0x0D57, 0x0D57), (0x0D62, 0x0D63), (0x0D81, 0x0D83), (0x0DCA, 0x0DCA),
    (0x0DCF, 0x0DD4), (0x0DD6, 0x0DD6), (0x0DD8, 0x0DDF), (0x0DF2, 0x0DF3), (0x0E31, 0x0E31),
    (0x0E34, 0x0E3A), (0x0E47, 0x0E4E), (0x0EB1, 0x0EB1), (0x0EB4, 0x0EBC), (0x0EC8, 0x0ECE),
    (0x0F18, 0x0F19), (0x0F35, 0x0F35), (0x0F37, 0x0F37), (0x0F39, 0x0F39), (0x0F3E, 0x0F3F),
    (0x0F71, 0x0F84), (0x0F86, 0x0F87), (0x0F8D, 0x0F97), (0x0F99, 0x0FBC), (0x0FC6, 0x0FC6),
    (0x102B, 0x103E), (0x1056, 0x1059), (0x105E, 0x1060), (0x1062, 0x1064), (0x1067, 0x106D),
    (0x1071, 0x1074), (0x1082, 0x108D), (0x108F, 0x108F), (0x109A, 0x109D), (0x135D, 0x135F),
    (0x1712, 0x1715), (0x1732, 0x1734), (0x1752, 0x1753), (0x1772, 0x1773), (0x17B4, 0x17D3),
    (0x17DD, 0x17DD), (0x180B, 0x180D), (0x180F, 0x180F), (0x1885, 0x1886), (0x18A9, 0x18A9),
    (0x1920, 0x192B), (0x1930, 0x193B), (0x1A17, 0x1A1B), (0x1A55, 0x1A5E), (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A7F), (0x1AB0, 0x1AF0), (0x1B00, 0x1B04), (0x1B34, 0x1B44), (0x1B6B, 0x1B73),
    (0x1B80, 0x1B82), (0x1BA1, 0x1BAD), (0x1BE6, 0x1BF3), (0x1C24, 0x1C37), (0x1CD0, 0x1CD2),
    (0x1CD4, 0x1CE8), (0x1CED, 0x1CED), (0x1CF4, 0x1CF4), (0x1CF7, 0x1CF9), (0x1DC0, 0x1DFF),
    (0x20D0, 0x20F0), (0x2CEF, 0x2CF1), (0x2D7F, 0x2D7F), (0x2DE0, 0x2DFF), (0x302A, 0x302F),
    (0x3099, 0x309A), (0xA66F, 0xA672), (0xA674, 0xA67D), (0xA69E, 0xA69F), (0xA6F0, 0xA6F1),
    (0xA802, 0xA802), (0xA806, 0xA806), (0xA80B, 0xA80B), (0xA823, 0xA827), (0xA82C, 0xA82C),
    (0xA880, 0xA881), (0xA8B4, 0xA8C5), (0xA8E0, 0xA8F1), (0xA8FF, 0xA8FF), (0xA926, 0xA92D),
    (0xA947, 0xA953), (0xA980, 0xA983), (0xA9B3, 0xA9C0), (0xA9E5, 0xA9E5), (0xAA29, 0xAA36),
    (0xAA43, 0xAA43), (0xAA4C, 0xAA4D), (0xAA7B, 0xAA7D), (0xAAB0, 0xAAB0), (0xAAB2, 0xAAB4),
    (0xAAB7, 0xAAB8), (0xAABE, 0xAABF), (0xAAC1, 0xAAC1), (0xAAEB, 0xAAEF), (0xAAF5, 0xAAF6),
    (0xABE3, 0xABEA), (0xABEC, 0xABED), (0xFB1E, 0xFB1E), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F),
];

/// The 17 ranges of default-ignorable code points (Default_Ignorable_Code_Point), in all planes:
/// sorted, disjoint, inclusive.
#[rustfmt::skip]
pub(crate) static DEFAULT_IGNORABLES: &[(u32, u32)] = &[
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
];
