// @generated from Unicode 18.0.0 (the tables of the unicode-normalization crate, and
// regex-syntax's for the default-ignorable code points) by the test
// `text::tests::fold_table_is_what_unicode_normalization_generates`. Do not edit; regenerate with
// `MFLM_UPDATE_FOLD_TABLE=1 cargo test -p mflm-core fold_table`.

//! The folding data of [`crate::text`]: 9249 bytes in all.
//!
//! `FOLDS` and `FOLDED` give the folded form of each character of the Basic Multilingual
//! Plane whose folded form is not simply its lower case without combining marks (its letter
//! variants merged): 2980 characters, 177 of them spelled out in several, with accents, as
//! compatibility forms, or both.

use crate::text::Fold::{self, Each, Next, Same};

/// The 598 runs of characters in the table: (first character, how many, how they fold,
/// offset of the run's segment in `FOLDED`), sorted by character. A segment ends where the
/// next run's starts.
#[rustfmt::skip]
pub(crate) static FOLDS: &[(u16, u8, Fold, u16)] = &[
    (0x00A0, 1, Same, 0), (0x00A8, 1, Same, 1), (0x00AA, 1, Same, 2), (0x00AF, 1, Same, 3),
    (0x00B2, 4, Each, 4), (0x00B8, 3, Each, 9), (0x00C0, 6, Same, 12), (0x00C7, 1, Same, 13),
    (0x00C8, 4, Same, 14), (0x00CC, 4, Same, 15), (0x00D1, 1, Same, 16), (0x00D2, 5, Same, 17),
    (0x00D9, 4, Same, 18), (0x00DD, 1, Same, 19), (0x00E0, 6, Same, 20), (0x00E7, 1, Same, 21),
    (0x00E8, 4, Same, 22), (0x00EC, 4, Same, 23), (0x00F1, 1, Same, 24), (0x00F2, 5, Same, 25),
    (0x00F9, 4, Same, 26), (0x00FD, 1, Same, 27), (0x00FF, 1, Same, 28), (0x0100, 6, Same, 29),
    (0x0106, 8, Same, 30), (0x010E, 2, Each, 31), (0x0112, 10, Same, 33), (0x011C, 8, Same, 34),
    (0x0124, 2, Each, 35), (0x0128, 8, Same, 37), (0x0132, 2, Each, 38), (0x0134, 4, Each, 42),
    (0x0139, 6, Same, 46), (0x0143, 6, Same, 47), (0x0149, 1, Same, 48), (0x014C, 6, Same, 51),
    (0x0154, 6, Same, 52), (0x015A, 8, Same, 53), (0x0162, 4, Same, 54), (0x0168, 12, Same, 55),
    (0x0174, 2, Each, 56), (0x0176, 3, Same, 58), (0x0179, 6, Same, 59), (0x017F, 1, Same, 60),
    (0x01A0, 2, Each, 61), (0x01AF, 2, Each, 63), (0x01C4, 3, Same, 65), (0x01C7, 3, Same, 67),
    (0x01CA, 3, Same, 69), (0x01CD, 6, Each, 71), (0x01D3, 10, Same, 77), (0x01DE, 4, Same, 78),
    (0x01E2, 2, Each, 79), (0x01E6, 4, Each, 83), (0x01EA, 4, Same, 87), (0x01EE, 3, Each, 88),
    (0x01F1, 3, Same, 93), (0x01F4, 2, Each, 95), (0x01F8, 4, Each, 97), (0x01FC, 2, Each, 101),
    (0x01FE, 2, Each, 105), (0x0200, 4, Same, 107), (0x0204, 4, Same, 108), (0x0208, 4, Same, 109),
    (0x020C, 4, Same, 110), (0x0210, 4, Same, 111), (0x0214, 4, Same, 112), (0x0218, 4, Each, 113),
    (0x021E, 2, Each, 117), (0x0226, 4, Each, 119), (0x022A, 8, Same, 123), (0x0232, 2, Each, 124),
    (0x02B0, 9, Each, 126), (0x02D8, 6, Same, 139), (0x02E0, 5, Each, 140), (0x0374, 1, Same, 147),
    (0x037A, 1, Same, 149), (0x037E, 1, Same, 150), (0x0384, 7, Each, 151), (0x038C, 1, Same, 163),
    (0x038E, 3, Each, 165), (0x03AA, 7, Each, 171), (0x03CA, 5, Each, 185), (0x03D0, 2, Each, 195),
    (0x03D2, 3, Same, 199), (0x03D5, 2, Each, 201), (0x03F0, 3, Each, 205), (0x03F5, 1, Same, 211),
    (0x03F9, 1, Same, 213), (0x0400, 2, Each, 215), (0x0403, 1, Same, 219), (0x0407, 1, Same, 221),
    (0x040C, 3, Each, 223), (0x0419, 1, Same, 229), (0x0439, 1, Same, 231), (0x0450, 2, Each, 233),
    (0x0453, 1, Same, 237), (0x0457, 1, Same, 239), (0x045C, 3, Each, 241), (0x0476, 2, Each, 247),
    (0x04C1, 2, Each, 251), (0x04D0, 4, Same, 255), (0x04D6, 2, Each, 257), (0x04DA, 6, Each, 261),
    (0x04E2, 4, Same, 273), (0x04E6, 2, Each, 275), (0x04EA, 4, Each, 279), (0x04EE, 6, Same, 287),
    (0x04F4, 2, Each, 289), (0x04F8, 2, Each, 293), (0x0558, 1, Same, 297), (0x0587, 1, Same, 299),
    (0x058B, 2, Each, 303), (0x0622, 5, Each, 307), (0x0675, 4, Each, 317), (0x06C0, 1, Same, 333),
    (0x06C2, 1, Same, 335), (0x06D3, 1, Same, 337), (0x0929, 1, Same, 339), (0x0931, 1, Same, 342),
    (0x0934, 1, Same, 345), (0x0958, 3, Next, 348), (0x095B, 5, Each, 351), (0x09DC, 2, Each, 366),
    (0x09DF, 1, Same, 372), (0x0A33, 1, Same, 375), (0x0A36, 1, Same, 378), (0x0A59, 3, Each, 381),
    (0x0A5E, 1, Same, 390), (0x0B5C, 2, Each, 393), (0x0B94, 1, Same, 399), (0x0E33, 1, Same, 402),
    (0x0EB3, 1, Same, 405), (0x0EDC, 2, Each, 408), (0x0F0C, 1, Same, 420), (0x0F43, 1, Same, 423),
    (0x0F4D, 1, Same, 426), (0x0F52, 1, Same, 429), (0x0F57, 1, Same, 432), (0x0F5C, 1, Same, 435),
    (0x0F69, 1, Same, 438), (0x1026, 1, Same, 441), (0x10FC, 1, Same, 444), (0x1B06, 1, Same, 447),
    (0x1B08, 1, Same, 450), (0x1B0A, 1, Same, 453), (0x1B0C, 1, Same, 456), (0x1B0E, 1, Same, 459),
    (0x1B12, 1, Same, 462), (0x1D2C, 1, Same, 465), (0x1D2D, 1, Same, 466), (0x1D2E, 1, Same, 468),
    (0x1D30, 3, Each, 469), (0x1D33, 8, Next, 473), (0x1D3C, 18, Each, 474), (0x1D4F, 14, Each, 500),
    (0x1D5D, 3, Next, 525), (0x1D60, 11, Each, 527), (0x1D78, 1, Same, 545), (0x1D9B, 9, Each, 547),
    (0x1DA4, 3, Next, 563), (0x1DA7, 7, Each, 565), (0x1DAE, 4, Next, 581), (0x1DB2, 10, Each, 583),
    (0x1DBC, 3, Next, 603), (0x1DBF, 1, Same, 605), (0x1E00, 2, Each, 607), (0x1E02, 6, Same, 609),
    (0x1E08, 2, Each, 610), (0x1E0A, 10, Same, 612), (0x1E14, 10, Same, 613), (0x1E1E, 4, Each, 614),
    (0x1E22, 10, Same, 618), (0x1E2C, 4, Same, 619), (0x1E30, 6, Same, 620), (0x1E36, 8, Same, 621),
    (0x1E3E, 6, Same, 622), (0x1E44, 8, Same, 623), (0x1E4C, 8, Same, 624), (0x1E54, 4, Same, 625),
    (0x1E58, 8, Same, 626), (0x1E60, 10, Same, 627), (0x1E6A, 8, Same, 628), (0x1E72, 10, Same, 629),
    (0x1E7C, 4, Same, 630), (0x1E80, 10, Same, 631), (0x1E8A, 4, Same, 632), (0x1E8E, 2, Each, 633),
    (0x1E90, 6, Same, 635), (0x1E96, 4, Each, 636), (0x1E9A, 1, Same, 640), (0x1E9B, 1, Same, 643),
    (0x1EA0, 24, Same, 644), (0x1EB8, 16, Same, 645), (0x1EC8, 4, Same, 646), (0x1ECC, 24, Same, 647),
    (0x1EE4, 14, Same, 648), (0x1EF2, 8, Same, 649), (0x1F00, 16, Same, 650), (0x1F10, 6, Same, 652),
    (0x1F18, 6, Same, 654), (0x1F20, 16, Same, 656), (0x1F30, 16, Same, 658), (0x1F40, 6, Same, 660),
    (0x1F48, 6, Same, 662), (0x1F50, 8, Same, 664), (0x1F59, 1, Same, 666), (0x1F5B, 1, Same, 668),
    (0x1F5D, 1, Same, 670), (0x1F5F, 1, Same, 672), (0x1F60, 16, Same, 674), (0x1F70, 14, Each, 676),
    (0x1F80, 16, Same, 704), (0x1F90, 16, Same, 706), (0x1FA0, 16, Same, 708), (0x1FB0, 5, Same, 710),
    (0x1FB6, 7, Same, 712), (0x1FBD, 2, Each, 714), (0x1FBF, 3, Same, 717), (0x1FC2, 3, Same, 718),
    (0x1FC6, 4, Each, 720), (0x1FCA, 3, Same, 728), (0x1FCD, 3, Same, 730), (0x1FD0, 4, Same, 731),
    (0x1FD6, 6, Same, 733), (0x1FDD, 3, Same, 735), (0x1FE0, 4, Same, 736), (0x1FE4, 2, Each, 738),
    (0x1FE6, 6, Same, 742), (0x1FEC, 4, Each, 744), (0x1FF2, 3, Same, 749), (0x1FF6, 4, Each, 751),
    (0x1FFA, 3, Same, 759), (0x1FFD, 2, Each, 761), (0x2000, 11, Same, 763), (0x2011, 1, Same, 764),
    (0x2017, 1, Same, 767), (0x2024, 1, Same, 768), (0x2025, 1, Same, 769), (0x2026, 1, Same, 771),
    (0x202F, 1, Same, 774), (0x2033, 1, Same, 775), (0x2034, 1, Same, 781), (0x2036, 1, Same, 790),
    (0x2037, 1, Same, 796), (0x203C, 1, Same, 805), (0x203E, 1, Same, 807), (0x2047, 3, Each, 808),
    (0x2057, 1, Same, 814), (0x205F, 1, Same, 826), (0x2070, 2, Each, 827), (0x2074, 6, Next, 829),
    (0x207A, 6, Each, 830), (0x2080, 10, Next, 838), (0x208A, 5, Each, 839), (0x2090, 6, Each, 846),
    (0x2096, 4, Next, 853), (0x209A, 6, Each, 854), (0x20A8, 1, Same, 860), (0x2102, 1, Same, 862),
    (0x2107, 1, Same, 863), (0x210A, 1, Same, 865), (0x210B, 4, Same, 866), (0x210F, 5, Each, 867),
    (0x2115, 1, Same, 873), (0x2116, 1, Same, 874), (0x2119, 3, Next, 876), (0x211C, 2, Each, 877),
    (0x2120, 1, Same, 879), (0x2121, 1, Same, 881), (0x2122, 1, Same, 884), (0x2124, 1, Same, 886),
    (0x2128, 1, Same, 887), (0x212B, 3, Next, 888), (0x212F, 3, Each, 889), (0x2133, 2, Each, 892),
    (0x2135, 4, Next, 894), (0x2139, 1, Same, 896), (0x213B, 1, Same, 897), (0x213C, 5, Each, 900),
    (0x2145, 5, Each, 911), (0x2160, 1, Same, 916), (0x2161, 1, Same, 917), (0x2162, 1, Same, 919),
    (0x2163, 1, Same, 922), (0x2164, 1, Same, 924), (0x2165, 1, Same, 925), (0x2166, 1, Same, 927),
    (0x2167, 1, Same, 930), (0x2168, 1, Same, 934), (0x2169, 1, Same, 936), (0x216A, 1, Same, 937),
    (0x216B, 1, Same, 939), (0x216C, 5, Each, 942), (0x2171, 1, Same, 947), (0x2172, 1, Same, 949),
    (0x2173, 1, Same, 952), (0x2174, 1, Same, 954), (0x2175, 1, Same, 955), (0x2176, 1, Same, 957),
    (0x2177, 1, Same, 960), (0x2178, 1, Same, 964), (0x2179, 1, Same, 966), (0x217A, 1, Same, 967),
    (0x217B, 1, Same, 969), (0x217C, 4, Each, 972), (0x219A, 2, Each, 976), (0x21AE, 1, Same, 982),
    (0x21CD, 3, Each, 985), (0x2204, 1, Same, 994), (0x2209, 1, Same, 997), (0x220C, 1, Same, 1000),
    (0x2224, 1, Same, 1003), (0x2226, 1, Same, 1006), (0x222C, 1, Same, 1009), (0x222D, 1, Same, 1015),
    (0x222F, 1, Same, 1024), (0x2230, 1, Same, 1030), (0x2241, 1, Same, 1039), (0x2244, 1, Same, 1042),
    (0x2247, 1, Same, 1045), (0x2249, 1, Same, 1048), (0x2260, 1, Same, 1051), (0x2262, 1, Same, 1052),
    (0x226D, 5, Each, 1055), (0x2274, 2, Each, 1066), (0x2278, 2, Each, 1072), (0x2280, 2, Each, 1078),
    (0x2284, 2, Each, 1084), (0x2288, 2, Each, 1090), (0x22AC, 4, Each, 1096), (0x22E0, 4, Each, 1108),
    (0x22EA, 4, Next, 1120), (0x2329, 2, Each, 1123), (0x2460, 9, Next, 1129), (0x2469, 11, Each, 1130),
    (0x24B6, 26, Next, 1152), (0x24D0, 26, Next, 1153), (0x24EA, 1, Same, 1154), (0x2A0C, 1, Same, 1155),
    (0x2A74, 1, Same, 1167), (0x2A75, 1, Same, 1170), (0x2A76, 1, Same, 1172), (0x2ADC, 1, Same, 1175),
    (0x2C7C, 2, Each, 1178), (0x2D6F, 1, Same, 1180), (0x2E9F, 1, Same, 1183), (0x2EF3, 1, Same, 1186),
    (0x2F00, 64, Each, 1189), (0x2F40, 64, Each, 1381), (0x2F80, 64, Each, 1573), (0x2FC0, 22, Each, 1765),
    (0x3000, 1, Same, 1831), (0x3036, 1, Same, 1832), (0x3038, 3, Each, 1835), (0x304C, 1, Same, 1844),
    (0x304E, 1, Same, 1847), (0x3050, 1, Same, 1850), (0x3052, 1, Same, 1853), (0x3054, 1, Same, 1856),
    (0x3056, 1, Same, 1859), (0x3058, 1, Same, 1862), (0x305A, 1, Same, 1865), (0x305C, 1, Same, 1868),
    (0x305E, 1, Same, 1871), (0x3060, 1, Same, 1874), (0x3062, 1, Same, 1877), (0x3065, 1, Same, 1880),
    (0x3067, 1, Same, 1883), (0x3069, 1, Same, 1886), (0x3070, 2, Each, 1889), (0x3073, 2, Each, 1895),
    (0x3076, 2, Each, 1901), (0x3079, 2, Each, 1907), (0x307C, 2, Each, 1913), (0x3094, 1, Same, 1919),
    (0x309B, 2, Each, 1922), (0x309E, 1, Same, 1924), (0x309F, 1, Same, 1927), (0x30AC, 1, Same, 1933),
    (0x30AE, 1, Same, 1936), (0x30B0, 1, Same, 1939), (0x30B2, 1, Same, 1942), (0x30B4, 1, Same, 1945),
    (0x30B6, 1, Same, 1948), (0x30B8, 1, Same, 1951), (0x30BA, 1, Same, 1954), (0x30BC, 1, Same, 1957),
    (0x30BE, 1, Same, 1960), (0x30C0, 1, Same, 1963), (0x30C2, 1, Same, 1966), (0x30C5, 1, Same, 1969),
    (0x30C7, 1, Same, 1972), (0x30C9, 1, Same, 1975), (0x30D0, 2, Each, 1978), (0x30D3, 2, Each, 1984),
    (0x30D6, 2, Each, 1990), (0x30D9, 2, Each, 1996), (0x30DC, 2, Each, 2002), (0x30F4, 1, Same, 2008),
    (0x30F7, 4, Next, 2011), (0x30FE, 1, Same, 2014), (0x30FF, 1, Same, 2017), (0x3131, 6, Each, 2023),
    (0x3137, 3, Next, 2041), (0x313A, 6, Next, 2044), (0x3140, 1, Same, 2047), (0x3141, 3, Next, 2050),
    (0x3144, 1, Same, 2053), (0x3145, 10, Next, 2056), (0x314F, 21, Next, 2059), (0x3165, 19, Each, 2062),
    (0x3178, 5, Next, 2119), (0x317D, 7, Each, 2122), (0x3184, 3, Next, 2143), (0x3187, 8, Each, 2146),
    (0x3192, 14, Each, 2170), (0x3244, 4, Each, 2212), (0x3250, 1, Same, 2224), (0x3251, 15, Each, 2227),
    (0x3260, 3, Each, 2257), (0x3263, 3, Next, 2266), (0x3266, 3, Each, 2269), (0x3269, 5, Next, 2278),
    (0x326E, 14, Each, 2281), (0x327C, 2, Each, 2323), (0x327E, 1, Same, 2335), (0x3280, 49, Each, 2338),
    (0x32B1, 24, Each, 2485), (0x32C9, 3, Each, 2551), (0x32CC, 1, Same, 2566), (0x32CD, 1, Same, 2568),
    (0x32CE, 1, Same, 2571), (0x32CF, 1, Same, 2573), (0x32D0, 20, Each, 2576), (0x32E4, 6, Next, 2636),
    (0x32EA, 4, Each, 2639), (0x32EE, 5, Next, 2651), (0x32F3, 2, Each, 2654), (0x32F5, 6, Next, 2660),
    (0x32FB, 4, Next, 2663), (0x32FF, 1, Same, 2666), (0xA69C, 2, Each, 2672), (0xA770, 1, Same, 2676),
    (0xA7F1, 4, Each, 2679), (0xA7F8, 1, Same, 2683), (0xA7F9, 1, Same, 2685), (0xAB5C, 4, Each, 2687),
    (0xAB69, 1, Same, 2698), (0xF900, 64, Each, 2700), (0xF940, 64, Each, 2892), (0xF980, 64, Each, 3084),
    (0xF9C0, 64, Each, 3276), (0xFA00, 14, Each, 3468), (0xFA10, 1, Same, 3510), (0xFA12, 1, Same, 3513),
    (0xFA15, 10, Each, 3516), (0xFA20, 1, Same, 3546), (0xFA22, 1, Same, 3549), (0xFA25, 2, Each, 3552),
    (0xFA2A, 64, Each, 3558), (0xFA6A, 4, Each, 3750), (0xFA70, 64, Each, 3763), (0xFAB0, 42, Each, 3955),
    (0xFB00, 3, Each, 4087), (0xFB03, 2, Each, 4093), (0xFB05, 2, Each, 4099), (0xFB13, 5, Each, 4103),
    (0xFB1D, 1, Same, 4123), (0xFB1F, 5, Each, 4125), (0xFB24, 3, Next, 4135), (0xFB27, 3, Each, 4137),
    (0xFB2A, 4, Same, 4142), (0xFB2E, 3, Same, 4144), (0xFB31, 6, Next, 4146), (0xFB38, 5, Next, 4148),
    (0xFB3E, 1, Same, 4150), (0xFB40, 2, Each, 4152), (0xFB43, 2, Each, 4156), (0xFB46, 5, Next, 4160),
    (0xFB4B, 4, Each, 4162), (0xFB4F, 1, Same, 4170), (0xFB50, 2, Each, 4174), (0xFB52, 4, Same, 4178),
    (0xFB56, 4, Same, 4180), (0xFB5A, 4, Same, 4182), (0xFB5E, 4, Same, 4184), (0xFB62, 4, Same, 4186),
    (0xFB66, 4, Same, 4188), (0xFB6A, 4, Same, 4190), (0xFB6E, 4, Same, 4192), (0xFB72, 4, Same, 4194),
    (0xFB76, 4, Same, 4196), (0xFB7A, 4, Same, 4198), (0xFB7E, 4, Same, 4200), (0xFB82, 12, Each, 4202),
    (0xFB8E, 4, Same, 4226), (0xFB92, 4, Same, 4228), (0xFB96, 4, Same, 4230), (0xFB9A, 4, Same, 4232),
    (0xFB9E, 2, Each, 4234), (0xFBA0, 4, Same, 4238), (0xFBA4, 2, Each, 4240), (0xFBA6, 4, Same, 4244),
    (0xFBAA, 4, Same, 4246), (0xFBAE, 4, Same, 4248), (0xFBD3, 4, Same, 4250), (0xFBD7, 6, Each, 4252),
    (0xFBDD, 1, Same, 4264), (0xFBDE, 6, Each, 4268), (0xFBE4, 4, Same, 4280), (0xFBE8, 2, Each, 4282),
    (0xFBEA, 12, Each, 4286), (0xFBF6, 3, Same, 4334), (0xFBF9, 3, Same, 4338), (0xFBFC, 4, Same, 4342),
    (0xFE10, 9, Each, 4344), (0xFE19, 1, Same, 4361), (0xFE30, 1, Same, 4364), (0xFE31, 16, Each, 4366),
    (0xFE41, 4, Next, 4402), (0xFE47, 2, Each, 4405), (0xFE49, 4, Same, 4407), (0xFE4D, 3, Same, 4408),
    (0xFE50, 3, Each, 4409), (0xFE54, 19, Each, 4414), (0xFE68, 4, Each, 4439), (0xFE70, 1, Same, 4443),
    (0xFE71, 1, Same, 4444), (0xFE72, 1, Same, 4444), (0xFE74, 1, Same, 4445), (0xFE76, 1, Same, 4446),
    (0xFE77, 1, Same, 4447), (0xFE78, 1, Same, 4447), (0xFE79, 1, Same, 4448), (0xFE7A, 1, Same, 4448),
    (0xFE7B, 1, Same, 4449), (0xFE7C, 1, Same, 4449), (0xFE7D, 1, Same, 4450), (0xFE7E, 1, Same, 4450),
    (0xFE7F, 1, Same, 4451), (0xFE80, 1, Same, 4451), (0xFE81, 4, Same, 4453), (0xFE85, 4, Each, 4455),
    (0xFE89, 4, Same, 4463), (0xFE8D, 2, Each, 4465), (0xFE8F, 4, Same, 4469), (0xFE93, 2, Each, 4471),
    (0xFE95, 4, Same, 4475), (0xFE99, 4, Same, 4477), (0xFE9D, 4, Same, 4479), (0xFEA1, 4, Same, 4481),
    (0xFEA5, 4, Same, 4483), (0xFEA9, 8, Each, 4485), (0xFEB1, 4, Same, 4501), (0xFEB5, 4, Same, 4503),
    (0xFEB9, 4, Same, 4505), (0xFEBD, 4, Same, 4507), (0xFEC1, 4, Same, 4509), (0xFEC5, 4, Same, 4511),
    (0xFEC9, 4, Same, 4513), (0xFECD, 4, Same, 4515), (0xFED1, 4, Same, 4517), (0xFED5, 4, Same, 4519),
    (0xFED9, 4, Same, 4521), (0xFEDD, 4, Same, 4523), (0xFEE1, 4, Same, 4525), (0xFEE5, 4, Same, 4527),
    (0xFEE9, 4, Same, 4529), (0xFEED, 2, Each, 4531), (0xFEEF, 6, Same, 4535), (0xFEF5, 8, Same, 4537),
    (0xFF01, 32, Next, 4541), (0xFF21, 26, Next, 4542), (0xFF3B, 36, Next, 4543), (0xFF5F, 38, Each, 4544),
    (0xFF85, 6, Next, 4658), (0xFF8B, 4, Each, 4661), (0xFF8F, 5, Next, 4673), (0xFF94, 2, Each, 4676),
    (0xFF96, 6, Next, 4682), (0xFF9C, 2, Each, 4685), (0xFF9E, 2, Each, 4691), (0xFFA1, 6, Each, 4691),
    (0xFFA7, 3, Next, 4709), (0xFFAA, 6, Next, 4712), (0xFFB0, 1, Same, 4715), (0xFFB1, 3, Next, 4718),
    (0xFFB4, 1, Same, 4721), (0xFFB5, 10, Next, 4724), (0xFFC2, 6, Next, 4727), (0xFFCA, 6, Next, 4730),
    (0xFFD2, 6, Next, 4733), (0xFFDA, 3, Next, 4736), (0xFFE0, 7, Each, 4739), (0xFFE8, 1, Same, 4753),
    (0xFFE9, 4, Next, 4756), (0xFFED, 2, Each, 4759),
];

/// The runs' segments, one after the other (4765 bytes).
#[rustfmt::skip]
pub(crate) static FOLDED: &str = concat!(
    " ", // U+00A0
    " ", // U+00A8
    "a", // U+00AA
    " ", // U+00AF
    "23 μ", // U+00B2..U+00B5
    " 1o", // U+00B8..U+00BA
    "a", // U+00C0..U+00C5
    "c", // U+00C7
    "e", // U+00C8..U+00CB
    "i", // U+00CC..U+00CF
    "n", // U+00D1
    "o", // U+00D2..U+00D6
    "u", // U+00D9..U+00DC
    "y", // U+00DD
    "a", // U+00E0..U+00E5
    "c", // U+00E7
    "e", // U+00E8..U+00EB
    "i", // U+00EC..U+00EF
    "n", // U+00F1
    "o", // U+00F2..U+00F6
    "u", // U+00F9..U+00FC
    "y", // U+00FD
    "y", // U+00FF
    "a", // U+0100..U+0105
    "c", // U+0106..U+010D
    "dd", // U+010E..U+010F
    "e", // U+0112..U+011B
    "g", // U+011C..U+0123
    "hh", // U+0124..U+0125
    "i", // U+0128..U+012F
    "ijij", // U+0132..U+0133
    "jjkk", // U+0134..U+0137
    "l", // U+0139..U+013E
    "n", // U+0143..U+0148
    "ʼn", // U+0149
    "o", // U+014C..U+0151
    "r", // U+0154..U+0159
    "s", // U+015A..U+0161
    "t", // U+0162..U+0165
    "u", // U+0168..U+0173
    "ww", // U+0174..U+0175
    "y", // U+0176..U+0178
    "z", // U+0179..U+017E
    "s", // U+017F
    "oo", // U+01A0..U+01A1
    "uu", // U+01AF..U+01B0
    "dz", // U+01C4..U+01C6
    "lj", // U+01C7..U+01C9
    "nj", // U+01CA..U+01CC
    "aaiioo", // U+01CD..U+01D2
    "u", // U+01D3..U+01DC
    "a", // U+01DE..U+01E1
    "aeae", // U+01E2..U+01E3
    "ggkk", // U+01E6..U+01E9
    "o", // U+01EA..U+01ED
    "ʒʒj", // U+01EE..U+01F0
    "dz", // U+01F1..U+01F3
    "gg", // U+01F4..U+01F5
    "nnaa", // U+01F8..U+01FB
    "aeae", // U+01FC..U+01FD
    "oo", // U+01FE..U+01FF
    "a", // U+0200..U+0203
    "e", // U+0204..U+0207
    "i", // U+0208..U+020B
    "o", // U+020C..U+020F
    "r", // U+0210..U+0213
    "u", // U+0214..U+0217
    "sstt", // U+0218..U+021B
    "hh", // U+021E..U+021F
    "aaee", // U+0226..U+0229
    "o", // U+022A..U+0231
    "yy", // U+0232..U+0233
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
    "βθ", // U+03D0..U+03D1
    "υ", // U+03D2..U+03D4
    "φπ", // U+03D5..U+03D6
    "κρσ", // U+03F0..U+03F2
    "ε", // U+03F5
    "σ", // U+03F9
    "ее", // U+0400..U+0401
    "г", // U+0403
    "і", // U+0407
    "киу", // U+040C..U+040E
    "и", // U+0419
    "и", // U+0439
    "ее", // U+0450..U+0451
    "г", // U+0453
    "і", // U+0457
    "киу", // U+045C..U+045E
    "ѵѵ", // U+0476..U+0477
    "жж", // U+04C1..U+04C2
    "а", // U+04D0..U+04D3
    "ее", // U+04D6..U+04D7
    "әәжжзз", // U+04DA..U+04DF
    "и", // U+04E2..U+04E5
    "оо", // U+04E6..U+04E7
    "өөээ", // U+04EA..U+04ED
    "у", // U+04EE..U+04F3
    "чч", // U+04F4..U+04F5
    "ыы", // U+04F8..U+04F9
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
    "ডঢ", // U+09DC..U+09DD
    "য", // U+09DF
    "ਲ", // U+0A33
    "ਸ", // U+0A36
    "ਖਗਜ", // U+0A59..U+0A5B
    "ਫ", // U+0A5E
    "ଡଢ", // U+0B5C..U+0B5D
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
    "kmŋoɔᴖᴗptuᴝɯvᴥ", // U+1D4F..U+1D5C
    "β", // U+1D5D..U+1D5F
    "φχiruvβγρφχ", // U+1D60..U+1D6A
    "н", // U+1D78
    "ɒcɕðɜfɟɡɥ", // U+1D9B..U+1DA3
    "ɨ", // U+1DA4..U+1DA6
    "ᵻʝɭᶅʟɱɰ", // U+1DA7..U+1DAD
    "ɲ", // U+1DAE..U+1DB1
    "ɸʂʃƫʉʊᴜʋʌz", // U+1DB2..U+1DBB
    "ʐ", // U+1DBC..U+1DBE
    "θ", // U+1DBF
    "aa", // U+1E00..U+1E01
    "b", // U+1E02..U+1E07
    "cc", // U+1E08..U+1E09
    "d", // U+1E0A..U+1E13
    "e", // U+1E14..U+1E1D
    "ffgg", // U+1E1E..U+1E21
    "h", // U+1E22..U+1E2B
    "i", // U+1E2C..U+1E2F
    "k", // U+1E30..U+1E35
    "l", // U+1E36..U+1E3D
    "m", // U+1E3E..U+1E43
    "n", // U+1E44..U+1E4B
    "o", // U+1E4C..U+1E53
    "p", // U+1E54..U+1E57
    "r", // U+1E58..U+1E5F
    "s", // U+1E60..U+1E69
    "t", // U+1E6A..U+1E71
    "u", // U+1E72..U+1E7B
    "v", // U+1E7C..U+1E7F
    "w", // U+1E80..U+1E89
    "x", // U+1E8A..U+1E8D
    "yy", // U+1E8E..U+1E8F
    "z", // U+1E90..U+1E95
    "htwy", // U+1E96..U+1E99
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
    " ι", // U+1FBD..U+1FBE
    " ", // U+1FBF..U+1FC1
    "η", // U+1FC2..U+1FC4
    "ηηεε", // U+1FC6..U+1FC9
    "η", // U+1FCA..U+1FCC
    " ", // U+1FCD..U+1FCF
    "ι", // U+1FD0..U+1FD3
    "ι", // U+1FD6..U+1FDB
    " ", // U+1FDD..U+1FDF
    "υ", // U+1FE0..U+1FE3
    "ρρ", // U+1FE4..U+1FE5
    "υ", // U+1FE6..U+1FEB
    "ρ  `", // U+1FEC..U+1FEF
    "ω", // U+1FF2..U+1FF4
    "ωωοο", // U+1FF6..U+1FF9
    "ω", // U+1FFA..U+1FFC
    "  ", // U+1FFD..U+1FFE
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
    "4", // U+2074..U+2079
    "+−=()n", // U+207A..U+207F
    "0", // U+2080..U+2089
    "+−=()", // U+208A..U+208E
    "aeoxəh", // U+2090..U+2095
    "k", // U+2096..U+2099
    "pstwyz", // U+209A..U+209F
    "rs", // U+20A8
    "c", // U+2102
    "ɛ", // U+2107
    "g", // U+210A
    "h", // U+210B..U+210E
    "ħiill", // U+210F..U+2113
    "n", // U+2115
    "no", // U+2116
    "p", // U+2119..U+211B
    "rr", // U+211C..U+211D
    "sm", // U+2120
    "tel", // U+2121
    "tm", // U+2122
    "z", // U+2124
    "z", // U+2128
    "a", // U+212B..U+212D
    "eef", // U+212F..U+2131
    "mo", // U+2133..U+2134
    "א", // U+2135..U+2138
    "i", // U+2139
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
    "≲≳", // U+2274..U+2275
    "≶≷", // U+2278..U+2279
    "≺≻", // U+2280..U+2281
    "⊂⊃", // U+2284..U+2285
    "⊆⊇", // U+2288..U+2289
    "⊢⊨⊩⊫", // U+22AC..U+22AF
    "≼≽⊑⊒", // U+22E0..U+22E3
    "⊲", // U+22EA..U+22ED
    "〈〉", // U+2329..U+232A
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
    "はは", // U+3070..U+3071
    "ひひ", // U+3073..U+3074
    "ふふ", // U+3076..U+3077
    "へへ", // U+3079..U+307A
    "ほほ", // U+307C..U+307D
    "う", // U+3094
    "  ", // U+309B..U+309C
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
    "ハハ", // U+30D0..U+30D1
    "ヒヒ", // U+30D3..U+30D4
    "フフ", // U+30D6..U+30D7
    "ヘヘ", // U+30D9..U+30DA
    "ホホ", // U+30DC..U+30DD
    "ウ", // U+30F4
    "ワ", // U+30F7..U+30FA
    "ヽ", // U+30FE
    "コト", // U+30FF
    "ᄀᄁᆪᄂᆬᆭ", // U+3131..U+3136
    "ᄃ", // U+3137..U+3139
    "ᆰ", // U+313A..U+313F
    "ᄚ", // U+3140
    "ᄆ", // U+3141..U+3143
    "ᄡ", // U+3144
    "ᄉ", // U+3145..U+314E
    "ᅡ", // U+314F..U+3163
    "ᄔᄕᇇᇈᇌᇎᇓᇗᇙᄜᇝᇟᄝᄞᄠᄢᄣᄧᄩ", // U+3165..U+3177
    "ᄫ", // U+3178..U+317C
    "ᄲᄶᅀᅇᅌᇱᇲ", // U+317D..U+3183
    "ᅗ", // U+3184..U+3186
    "ᆄᆅᆈᆑᆒᆔᆞᆡ", // U+3187..U+318E
    "一二三四上中下甲乙丙丁天地人", // U+3192..U+319F
    "問幼文箏", // U+3244..U+3247
    "pte", // U+3250
    "212223242526272829303132333435", // U+3251..U+325F
    "ᄀᄂᄃ", // U+3260..U+3262
    "ᄅ", // U+3263..U+3265
    "ᄉᄋᄌ", // U+3266..U+3268
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
    "stst", // U+FB05..U+FB06
    "մնմեմիվնմխ", // U+FB13..U+FB17
    "י", // U+FB1D
    "ײעאדה", // U+FB1F..U+FB23
    "כ", // U+FB24..U+FB26
    "רת+", // U+FB27..U+FB29
    "ש", // U+FB2A..U+FB2D
    "א", // U+FB2E..U+FB30
    "ב", // U+FB31..U+FB36
    "ט", // U+FB38..U+FB3C
    "מ", // U+FB3E
    "נס", // U+FB40..U+FB41
    "ףפ", // U+FB43..U+FB44
    "צ", // U+FB46..U+FB4A
    "ובכפ", // U+FB4B..U+FB4E
    "אל", // U+FB4F
    "اا", // U+FB50..U+FB51
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
    "ڍڍڌڌڎڎڈڈژژڑڑ", // U+FB82..U+FB8D
    "ک", // U+FB8E..U+FB91
    "گ", // U+FB92..U+FB95
    "ڳ", // U+FB96..U+FB99
    "ڱ", // U+FB9A..U+FB9D
    "ںں", // U+FB9E..U+FB9F
    "ڻ", // U+FBA0..U+FBA3
    "ەە", // U+FBA4..U+FBA5
    "ہ", // U+FBA6..U+FBA9
    "ھ", // U+FBAA..U+FBAD
    "ے", // U+FBAE..U+FBB1
    "ڭ", // U+FBD3..U+FBD6
    "ۇۇۆۆۈۈ", // U+FBD7..U+FBDC
    "ۇٴ", // U+FBDD
    "ۋۋۅۅۉۉ", // U+FBDE..U+FBE3
    "ې", // U+FBE4..U+FBE7
    "يي", // U+FBE8..U+FBE9
    "يايايەيەيويويۇيۇيۆيۆيۈيۈ", // U+FBEA..U+FBF5
    "يې", // U+FBF6..U+FBF8
    "يي", // U+FBF9..U+FBFB
    "ی", // U+FBFC..U+FBFF
    ",、。:;!?〖〗", // U+FE10..U+FE18
    "...", // U+FE19
    "..", // U+FE30
    "—–__(){}〔〕【】《》〈〉", // U+FE31..U+FE40
    "「", // U+FE41..U+FE44
    "[]", // U+FE47..U+FE48
    " ", // U+FE49..U+FE4C
    "_", // U+FE4D..U+FE4F
    ",、.", // U+FE50..U+FE52
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
    "ء", // U+FE80
    "ا", // U+FE81..U+FE84
    "وواا", // U+FE85..U+FE88
    "ي", // U+FE89..U+FE8C
    "اا", // U+FE8D..U+FE8E
    "ب", // U+FE8F..U+FE92
    "هه", // U+FE93..U+FE94
    "ت", // U+FE95..U+FE98
    "ث", // U+FE99..U+FE9C
    "ج", // U+FE9D..U+FEA0
    "ح", // U+FEA1..U+FEA4
    "خ", // U+FEA5..U+FEA8
    "ددذذررزز", // U+FEA9..U+FEB0
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
    "وو", // U+FEED..U+FEEE
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
    "ᄚ", // U+FFB0
    "ᄆ", // U+FFB1..U+FFB3
    "ᄡ", // U+FFB4
    "ᄉ", // U+FFB5..U+FFBE
    "ᅡ", // U+FFC2..U+FFC7
    "ᅧ", // U+FFCA..U+FFCF
    "ᅭ", // U+FFD2..U+FFD7
    "ᅳ", // U+FFDA..U+FFDC
    "¢£¬ ¦¥₩", // U+FFE0..U+FFE6
    "│", // U+FFE8
    "←", // U+FFE9..U+FFEC
    "■○", // U+FFED..U+FFEE
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
