import { render } from 'preact';
import { App } from './App';
import { ConnectPage } from './ConnectPage';
import { connectTokenFromPath } from './connectToken';
import './styles.css';

// /connect/{token} is a connect link's page (no API key, no stored session); any other path is the console.
const token = connectTokenFromPath(location.pathname);
render(token ? <ConnectPage token={token} /> : <App />, document.getElementById('app')!);
