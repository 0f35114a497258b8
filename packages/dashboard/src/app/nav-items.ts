export interface NavItem {
  to: string;
  label: string;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Carte' },
  { to: '/bretagne', label: 'Bretagne' },
  { to: '/poles', label: 'Pôles' },
  { to: '/territoires', label: 'Territoires' },
  { to: '/comparer', label: 'Comparer' },
  { to: '/dynamiques', label: 'Dynamiques' },
  { to: '/etude', label: 'L’étude' },
];
