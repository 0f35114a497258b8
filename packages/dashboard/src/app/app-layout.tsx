import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { NAV_ITEMS } from './nav-items';
import './app-layout.css';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-title">
          Pôles ESS
        </NavLink>
        <nav aria-label="Navigation principale">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {item.label}
                </NavLink>
              </li>
            ))}
            <li>
              <a href="/graphql">API GraphQL</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="contenu" className="app-main">
        {children}
      </main>
    </div>
  );
}
