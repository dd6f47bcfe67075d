import { render } from 'preact';
import { browserConnector } from '@/lib/connector.ts';
import { uiLanguage } from '@/lib/i18n.ts';
import { PopupApp } from './PopupApp.tsx';
import './popup.css';

const lang = uiLanguage();
document.documentElement.lang = lang;
render(<PopupApp connector={browserConnector()} lang={lang} />, document.getElementById('app')!);
