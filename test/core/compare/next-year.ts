// 「Next year's plan」 made from a seed by hand-sized edits, the way a clerk's office rewrites last
// year's: every year moved on by one, and exactly four tasks touched in 高新区's (seed 000) table.

import { SEEDS, seedBytes } from '../read/seed-files';

export const GAOXIN = SEEDS.gaoxin;

/** The four edits, each as [written last year, written this year]. */
export const EDITS = {
  // 粮食储备领域 gains 市场监督管理局.
  gained: ['规模以上（年均粮食收储量5万吨以上）地方国有粮食储备企业三级以上安全生产标准化率不低于50%。\n\t改革发展局，各镇街', '规模以上（年均粮食收储量5万吨以上）地方国有粮食储备企业三级以上安全生产标准化率不低于50%。\n\t改革发展局、市场监督管理局，各镇街'],
  // 城市管理领域 is dropped (its whole row).
  removed: ['\t13\n\t城市管理领域\n\t加快推进城市道路塌陷预防和隐患排查整治，市政设施结构病害整治率保持100%，城市桥隧智慧建管覆盖率75%，城市管网漏损率控制在9%之内。\n\t城市建设事务中心，各镇街\n\t\n\n', ''],
  // 「动态修编……预案」 becomes 「完成……预案的动态修编」.
  reworded: ['\t动态修编管委会各类专项预案和部门预案。', '\t完成管委会各类专项预案和部门预案的动态修编。'],
  // A new row after 抗震领域.
  added: ['\t综合执法局（应急管理局），各镇街\n\t\n\n\n三、重点措施', '\t综合执法局（应急管理局），各镇街\n\t\n\n\t19\n\t低空经济领域\n\t建立无人机飞行活动报备和巡查制度，开展低空飞行器起降点消防安全检查。\n\t改革发展局、高新区公安分局，各镇街\n\t\n\n\n三、重点措施'],
} as const;

/** Seed 000 with every 2025 made 2026, 特种设备领域's bureau written short (市场监管局, no change), and the four edits. */
export function nextYear(): string {
  let text = new TextDecoder().decode(seedBytes(GAOXIN));
  for (const [before, after] of Object.values(EDITS)) {
    if (!text.includes(before)) throw new Error(`the seed no longer has: ${before.slice(0, 30)}`);
    text = text.replace(before, after);
  }
  const shortName = '电梯故障困人率低于0.5%、燃气调压装置法定检验率90%以上。\n\t市场监督管理局，';
  if (!text.includes(shortName)) throw new Error('the seed no longer has 特种设备领域');
  text = text.replace(shortName, shortName.replace('市场监督管理局', '市场监管局'));
  return text.replace(/2025/g, '2026');
}
