/**
 * The regions a plan's `recognition.territories` may name: Ukraine's 27 first-level
 * regions (24 oblasts, Crimea, Sevastopol, Kyiv city), keyed by a short kebab-case name and
 * tied to their ISO 3166-2 code, plus named areas smaller than a region that plans single out.
 */
export interface Region {
    readonly name: string;
    /** ISO 3166-2:UA code; named areas have none and are not drawn on maps. */
    readonly iso?: string;
    /** For named areas: the region that contains them. */
    readonly within?: string;
}
export declare const regions: {
    readonly crimea: {
        readonly name: 'Crimea';
        readonly iso: 'UA-43';
    };
    readonly sevastopol: {
        readonly name: 'Sevastopol';
        readonly iso: 'UA-40';
    };
    readonly donetsk: {
        readonly name: 'Donetsk';
        readonly iso: 'UA-14';
    };
    readonly luhansk: {
        readonly name: 'Luhansk';
        readonly iso: 'UA-09';
    };
    readonly zaporizhzhia: {
        readonly name: 'Zaporizhzhia';
        readonly iso: 'UA-23';
    };
    readonly kherson: {
        readonly name: 'Kherson';
        readonly iso: 'UA-65';
    };
    readonly kharkiv: {
        readonly name: 'Kharkiv';
        readonly iso: 'UA-63';
    };
    readonly sumy: {
        readonly name: 'Sumy';
        readonly iso: 'UA-59';
    };
    readonly dnipropetrovsk: {
        readonly name: 'Dnipropetrovsk';
        readonly iso: 'UA-12';
    };
    readonly mykolaiv: {
        readonly name: 'Mykolaiv';
        readonly iso: 'UA-48';
    };
    readonly odesa: {
        readonly name: 'Odesa';
        readonly iso: 'UA-51';
    };
    readonly chernihiv: {
        readonly name: 'Chernihiv';
        readonly iso: 'UA-74';
    };
    readonly kyiv: {
        readonly name: 'Kyiv oblast';
        readonly iso: 'UA-32';
    };
    readonly 'kyiv-city': {
        readonly name: 'Kyiv city';
        readonly iso: 'UA-30';
    };
    readonly poltava: {
        readonly name: 'Poltava';
        readonly iso: 'UA-53';
    };
    readonly kirovohrad: {
        readonly name: 'Kirovohrad';
        readonly iso: 'UA-35';
    };
    readonly cherkasy: {
        readonly name: 'Cherkasy';
        readonly iso: 'UA-71';
    };
    readonly zhytomyr: {
        readonly name: 'Zhytomyr';
        readonly iso: 'UA-18';
    };
    readonly vinnytsia: {
        readonly name: 'Vinnytsia';
        readonly iso: 'UA-05';
    };
    readonly khmelnytskyi: {
        readonly name: 'Khmelnytskyi';
        readonly iso: 'UA-68';
    };
    readonly rivne: {
        readonly name: 'Rivne';
        readonly iso: 'UA-56';
    };
    readonly volyn: {
        readonly name: 'Volyn';
        readonly iso: 'UA-07';
    };
    readonly lviv: {
        readonly name: 'Lviv';
        readonly iso: 'UA-46';
    };
    readonly ternopil: {
        readonly name: 'Ternopil';
        readonly iso: 'UA-61';
    };
    readonly 'ivano-frankivsk': {
        readonly name: 'Ivano-Frankivsk';
        readonly iso: 'UA-26';
    };
    readonly zakarpattia: {
        readonly name: 'Zakarpattia';
        readonly iso: 'UA-21';
    };
    readonly chernivtsi: {
        readonly name: 'Chernivtsi';
        readonly iso: 'UA-77';
    };
    readonly 'kinburn-spit': {
        readonly name: 'Kinburn Spit';
        readonly within: 'mykolaiv';
    };
};
export type RegionKey = keyof typeof regions;
/** Region keys in canonical order: the contested south-east first, then the rest. */
export declare const regionKeys: [RegionKey, ...RegionKey[]];
