// Entry of the single offline file (dist/分工表助手.html): the pane as a page for offices without Excel
// (WPS on 统信/麒麟 desktops), opened by double-click from a shared folder or a USB stick. It never
// asks for Office.js, nor for anything else: webpack inlines every chunk and the icon into the file.
import icon from '../../assets/icon-64.png';
import { mountPane } from './mount';
import { outsideActions } from './page-actions';

void mountPane({ excelAvailable: false, actions: outsideActions, standalone: true, iconSrc: icon }, navigator.language);
