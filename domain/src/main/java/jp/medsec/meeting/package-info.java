/**
 * Conferences and joint cyber drills (カンファレンス・サイバー攻撃合同訓練) between the tiers (DESIGN.md section 5a): a
 * LEADING hospital, or staff for a public body or vendor, announces a meeting with its capacity and invited tiers and
 * prefectures; institutions register their people until it is full, then on a waiting list that moves up when someone
 * cancels; the host records who attended. The tier requirements on holding and attending them are judged from it.
 */
package jp.medsec.meeting;
