import type { SearchCase } from './search-case';

/** What people type when they look for a memory part, and the part they mean. */
export const MEMORY_QUERIES: SearchCase[] = [
  {
    q: 'corsair vengeance lpx 16gb ddr4 3200',
    expect: 'memory-00003',
    part: 'Corsair Vengeance LPX 16 GB speedMts=3200 modules=2',
  },
  {
    q: 'Corsair Vengeance LPX 16GB DDR4-3200 CL16',
    expect: 'memory-00003',
    part: 'Corsair Vengeance LPX 16 GB speedMts=3200 modules=2 casLatency=16',
  },
  {
    q: 'vengeance lpx 16gb 3200',
    expect: 'memory-00003',
    part: 'Corsair Vengeance LPX 16 GB speedMts=3200 modules=2',
  },
  {
    q: 'corsair lpx 2x8 3200',
    expect: 'memory-00003',
    part: 'Corsair Vengeance LPX 16 GB speedMts=3200 modules=2',
  },
  { q: 'vengeance lpx 32gb 3600', expect: 'memory-00006', part: 'Corsair Vengeance LPX 32 GB speedMts=3600' },
  {
    q: 'vengeance lpx 32gb ddr4 3200',
    expect: 'memory-00018',
    part: 'Corsair Vengeance LPX 32 GB speedMts=3200 modules=2',
  },
  { q: 'lpx 64gb 3200', expect: 'memory-00045', part: 'Corsair Vengeance LPX 64 GB speedMts=3200' },
  { q: 'vengeance lpx 8gb 2666', expect: 'memory-01010', part: 'Corsair Vengeance LPX 8 GB speedMts=2666' },
  {
    q: 'corsair vengeance rgb 32gb ddr5 6000',
    expect: 'memory-00001',
    part: 'Corsair Vengeance RGB 32 GB speedMts=6000',
  },
  {
    q: 'vengeance rgb ddr5 6000 cl30 32gb',
    expect: 'memory-00031',
    part: 'Corsair Vengeance RGB 32 GB speedMts=6000 casLatency=30',
  },
  {
    q: 'corsair vengeance 32gb ddr5 6000 cl30',
    expect: 'memory-00004',
    part: 'Corsair Vengeance 32 GB speedMts=6000 casLatency=30',
  },
  {
    q: 'vengeance ddr5 32gb 6000 cl36',
    expect: 'memory-00052',
    part: 'Corsair Vengeance 32 GB speedMts=6000 casLatency=36',
  },
  {
    q: 'corsair vengeance 64gb ddr5 5200',
    expect: 'memory-00027',
    part: 'Corsair Vengeance 64 GB speedMts=5200',
  },
  { q: 'gskill flare x5 32gb 6000', expect: 'memory-00002', part: 'G.Skill Flare X5 32 GB speedMts=6000' },
  {
    q: 'g.skill flare x5 6000 cl30 32gb',
    expect: 'memory-00023',
    part: 'G.Skill Flare X5 32 GB speedMts=6000 casLatency=30',
  },
  { q: 'flare x5 64gb', expect: 'memory-00028', part: 'G.Skill Flare X5 64 GB' },
  {
    q: 'trident z5 neo 32gb 6000 cl30',
    expect: 'memory-00011',
    part: 'G.Skill Trident Z5 Neo RGB 32 GB speedMts=6000 casLatency=30',
  },
  { q: 'trident z5 neo rgb 64gb', expect: 'memory-00020', part: 'G.Skill Trident Z5 Neo RGB 64 GB' },
  {
    q: 'trident z5 rgb 64gb 6400',
    expect: 'memory-00008',
    part: 'G.Skill Trident Z5 RGB 64 GB speedMts=6400',
  },
  {
    q: 'g skill trident z5 rgb 32gb 6400',
    expect: 'memory-00061',
    part: 'G.Skill Trident Z5 RGB 32 GB speedMts=6400',
  },
  { q: 'trident z rgb 32gb 3600', expect: 'memory-00038', part: 'G.Skill Trident Z RGB 32 GB speedMts=3600' },
  {
    q: 'trident z rgb 16gb 3600 cl18',
    expect: 'memory-00092',
    part: 'G.Skill Trident Z RGB 16 GB speedMts=3600 casLatency=18',
  },
  {
    q: 'ripjaws v 32gb 3200',
    expect: 'memory-00021',
    part: 'G.Skill Ripjaws V 32 GB speedMts=3200 modules=2',
  },
  { q: 'ripjaws v 16gb 3200', expect: 'memory-00040', part: 'G.Skill Ripjaws V 16 GB speedMts=3200' },
  { q: 'ripjaws v 16gb 3600', expect: 'memory-00054', part: 'G.Skill Ripjaws V 16 GB speedMts=3600' },
  {
    q: 'ripjaws v 64gb 4x16 3200',
    expect: 'memory-00034',
    part: 'G.Skill Ripjaws V 64 GB speedMts=3200 modules=4',
  },
  { q: 'ripjaws s5 32gb 6000', expect: 'memory-00044', part: 'G.Skill Ripjaws S5 32 GB speedMts=6000' },
  {
    q: 'teamgroup t-create expert 32gb ddr5 6000',
    expect: 'memory-00005',
    part: 'TEAMGROUP T-Create Expert 32 GB speedMts=6000',
  },
  {
    q: 't-force delta rgb 32gb 6000',
    expect: 'memory-00010',
    part: 'TEAMGROUP T-Force Delta RGB 32 GB speedMts=6000',
  },
  {
    q: 't force vulcan z 16gb 3200',
    expect: 'memory-00017',
    part: 'TEAMGROUP T-Force Vulcan Z 16 GB speedMts=3200',
  },
  { q: 'teamgroup vulcan z 32gb', expect: 'memory-00088', part: 'TEAMGROUP T-Force Vulcan Z 32 GB' },
  {
    q: 'kingston fury beast 32gb ddr5 6000',
    expect: 'memory-00019',
    part: 'Kingston FURY Beast 32 GB speedMts=6000',
  },
  {
    q: 'fury beast 16gb ddr4 3200',
    expect: 'memory-00039',
    part: 'Kingston FURY Beast 16 GB speedMts=3200 modules=2',
  },
  {
    q: 'kingston fury beast 8gb ddr4',
    expect: 'memory-00103',
    part: 'Kingston FURY Beast 8 GB speedMts=3200',
  },
  { q: 'fury beast ddr5 16gb 5200', expect: 'memory-00024', part: 'Kingston FURY Beast 16 GB speedMts=5200' },
  {
    q: 'crucial pro 32gb ddr5 6000',
    expect: 'memory-00007',
    part: 'Crucial Pro Overclocking 32 GB speedMts=6000',
  },
  { q: 'crucial pro 32gb ddr4 3200', expect: 'memory-00049', part: 'Crucial Pro 32 GB speedMts=3200' },
  { q: 'crucial pro ddr5 5600 64gb', expect: 'memory-00051', part: 'Crucial Pro 64 GB speedMts=5600' },
  {
    q: 'patriot viper venom 32gb 6000',
    expect: 'memory-00012',
    part: 'Patriot Viper Venom 32 GB speedMts=6000',
  },
  {
    q: 'viper venom ddr5 6400 32gb',
    expect: 'memory-00072',
    part: 'Patriot Viper Venom 32 GB speedMts=6400',
  },
  {
    q: 'patriot viper steel 32gb 3200',
    expect: 'memory-00065',
    part: 'Patriot Viper Steel 32 GB speedMts=3200',
  },
  {
    q: 'silicon power gaming 16gb ddr4',
    expect: 'memory-00016',
    part: 'Silicon Power GAMING 16 GB speedMts=3200',
  },
  { q: 'lexar thor 16gb', expect: 'memory-00090', part: 'Lexar THOR 16 GB' },
  { q: 'timetec pinnacle konduit 16gb', expect: 'memory-00063', part: 'Timetec PINNACLE Konduit 16 GB' },
  {
    q: 'dominator titanium 64gb 6600',
    expect: 'memory-00033',
    part: 'Corsair Dominator Titanium 64 GB speedMts=6600',
  },
  { q: 'corsair dominator titanium 32gb', expect: 'memory-00064', part: 'Corsair Dominator Titanium 32 GB' },
  {
    q: 'corsair vengeance rgb pro 16gb 3200',
    expect: 'memory-00025',
    part: 'Corsair Vengeance RGB Pro 16 GB speedMts=3200',
  },
  {
    q: 'vengeance rgb pro 32gb 3600',
    expect: 'memory-00013',
    part: 'Corsair Vengeance RGB Pro 32 GB speedMts=3600',
  },
  { q: 'vengeance rgb pro sl 32gb', expect: 'memory-00076', part: 'Corsair Vengeance RGB Pro SL 32 GB' },
  { q: 'ct2k8g48c40u5', expect: 'memory-00096', part: 'Crucial CT2K8G48C40U5 16 GB' },
  {
    q: '16gb ddr4 3200',
    expect: 'memory-00003',
    part: 'Corsair Vengeance LPX 16 GB totalGb=16 speedMts=3200',
  },
  {
    q: '32gb ddr5 6000 cl30',
    expect: 'memory-00004',
    part: 'Corsair Vengeance 32 GB totalGb=32 speedMts=6000 casLatency=30',
  },
  {
    q: 'ddr4 3200 2x16gb',
    expect: 'memory-00018',
    part: 'Corsair Vengeance LPX 32 GB totalGb=32 speedMts=3200 modules=2',
  },
  {
    q: '16gb ddr3 1600',
    expect: 'memory-00100',
    part: 'Silicon Power SP016GLLTU160N22 16 GB totalGb=16 speedMts=1600',
  },
  { q: '8gb ddr4 2666', expect: 'memory-00212', part: 'Kingston HyperX Fury 8 GB totalGb=8 speedMts=2666' },
  {
    q: '64gb ddr5 6000',
    expect: 'memory-00009',
    part: 'Corsair Vengeance RGB 64 GB totalGb=64 speedMts=6000',
  },
  {
    q: 'corsiar vengeance lpx 16gb',
    expect: 'memory-00003',
    part: 'Corsair Vengeance LPX 16 GB speedMts=3200 modules=2',
  },
  { q: 'vengance rgb 32gb ddr5', expect: 'memory-00001', part: 'Corsair Vengeance RGB 32 GB speedMts=6000' },
  {
    q: 'gskil trident z5 neo rgb 32gb',
    expect: 'memory-00011',
    part: 'G.Skill Trident Z5 Neo RGB 32 GB speedMts=6000 casLatency=30',
  },
  {
    q: 'kingstom fury beast 32gb ddr5',
    expect: 'memory-00019',
    part: 'Kingston FURY Beast 32 GB speedMts=6000',
  },
  {
    q: 'teamgrup t-force delta rgb 32gb',
    expect: 'memory-00010',
    part: 'TEAMGROUP T-Force Delta RGB 32 GB speedMts=6000',
  },
  { q: 'patriot vipr venom 32gb', expect: 'memory-00012', part: 'Patriot Viper Venom 32 GB speedMts=6000' },
  { q: 'hyperx fury 16gb ddr4', expect: 'memory-00134', part: 'Kingston HyperX Fury 16 GB speedMts=3200' },
  { q: 'crucial ballistix 16gb 3200', expect: 'memory-00279', part: 'Crucial Ballistix 16 GB speedMts=3200' },
];
